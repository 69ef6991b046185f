package org.rosetta.align;

/**
 * The cost ({@code -log} probability) of each bead shape: Gale and Church's priors to start, then re-estimated
 * from the shape counts of an alignment of the documents themselves (Moore 2002), smoothed with {@value #PSEUDO_BEADS}
 * pseudo-beads towards a background: the priors of the other document pairs of the collection when there are
 * some (a collection, a gold set), a web statement's ({@link #statements}) for a pair with none. A short document
 * thus keeps what its siblings show (web statements drop and add far more than parliamentary debates) and a long one
 * speaks for itself.
 * Immutable.
 */
final class Priors {

    static final double PSEUDO_BEADS = 20;
    /** The share of one-sided beads in web statements ({@link #statements}). */
    static final double STATEMENT_ONE_SIDED = 0.3;

    private final double[] probability;
    private final double[] cost;

    private Priors(double[] probability) {
        this.probability = probability;
        this.cost = new double[probability.length];
        for (int s = 0; s < probability.length; s++) {
            cost[s] = -Math.log(probability[s]);
        }
    }

    static Priors galeChurch() {
        double[] probability = new double[BeadShape.values().length];
        for (BeadShape shape : BeadShape.values()) {
            probability[shape.ordinal()] = shape.prior;
        }
        return new Priors(probability);
    }

    /**
     * Gale and Church's priors with the one-sided beads a web statement has: {@value #STATEMENT_ONE_SIDED} of all
     * beads, spread evenly over 1-0, 0-1, 2-0 and 0-2 (a page's date line, label, share block, caption; about a
     * third of the beads of real statements aligned by hand), the other shapes in Gale and Church's proportions.
     * Their 1% of omissions comes from parliamentary proceedings; what a pair with no sibling at all falls back on.
     */
    static Priors statements() {
        BeadShape[] shapes = BeadShape.values();
        long oneSided = java.util.Arrays.stream(shapes).filter(BeadShape::isNull).count();
        double withBoth = java.util.Arrays.stream(shapes).filter(shape -> !shape.isNull()).mapToDouble(s -> s.prior)
                .sum();
        double[] probability = new double[shapes.length];
        for (BeadShape shape : shapes) {
            probability[shape.ordinal()] = shape.isNull() ? STATEMENT_ONE_SIDED / oneSided
                    : (1 - STATEMENT_ONE_SIDED) * shape.prior / withBoth;
        }
        return new Priors(probability);
    }

    /** From counts per shape ordinal, shrunk towards {@code background}. */
    static Priors estimate(double[] counts, Priors background) {
        double total = PSEUDO_BEADS;
        for (double count : counts) {
            total += count;
        }
        double[] probability = new double[counts.length];
        for (BeadShape shape : BeadShape.values()) {
            probability[shape.ordinal()] = (counts[shape.ordinal()]
                    + PSEUDO_BEADS * background.probability[shape.ordinal()]) / total;
        }
        return new Priors(probability);
    }

    double cost(BeadShape shape) {
        return cost[shape.ordinal()];
    }
}
