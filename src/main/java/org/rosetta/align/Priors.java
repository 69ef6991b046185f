package org.rosetta.align;

/**
 * The cost ({@code -log} probability) of each bead shape: Gale and Church's priors to start, then re-estimated
 * from the shape counts of an alignment of the documents themselves (Moore 2002), smoothed with {@value #PSEUDO_BEADS}
 * pseudo-beads towards a background: the priors of the other document pairs of the same languages when there are
 * some (a collection, a gold set), Gale and Church's otherwise. A short document thus keeps what its siblings
 * show (web statements drop and add far more than parliamentary debates) and a long one speaks for itself.
 * Immutable.
 */
final class Priors {

    static final double PSEUDO_BEADS = 20;

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
