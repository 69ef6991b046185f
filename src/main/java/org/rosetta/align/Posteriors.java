package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The confidence of each bead of a path: its posterior probability among all alignments through the band, by the
 * forward-backward algorithm over the bead costs the search minimises (read as {@code -log} probabilities), with
 * the evidence against merging clean one-to-one pairs that {@link BeadCosts#confidenceCost} adds (except for the
 * square beads the search chose).
 * A bead is confident when the alternatives that would replace it (shifting it, merging it with a neighbour,
 * leaving its sentences out) all cost much more; an omission gets the probability that its sentence really has
 * no counterpart. Linear in document length: the sums run over a narrow band around the best path.
 */
final class Posteriors {

    private static final BeadShape[] SHAPES = BeadShape.values();

    private Posteriors() {
    }

    /**
     * Alternatives more than this many sentences away from the best path carry no mass worth counting: the sums run
     * over a band this wide around it, so they cost a small constant times the search. Measured on Text+Berg, whose
     * search looks 32 sentences either side: 4 left out mass that paths 5 to 8 sentences off carry (precision at 0.9
     * 0.956, ECE 0.075; 0.961 and 0.071 at 8, the same at 16); every other evaluation set the same at 4, 8 and 16.
     */
    static final int WIDTH = 8;

    /** The alignment's beads (its best path) with their posterior probabilities as confidence. */
    static List<Bead> of(BeadCosts costs, Alignment best) {
        return of(costs, best.beads(), best.source().size(), best.target().size());
    }

    /** {@code beads}, a path through the {@code n} x {@code m} grid {@code costs} scores, with their posteriors. */
    static List<Bead> of(BeadCosts costs, List<Bead> beads, int n, int m) {
        int[] centre = AnchorPath.fromBeads(beads, n);
        for (int width = WIDTH; ; width *= 2) {
            Band band = new Band(n, m, width, centre);
            if (width >= Math.max(n, m) || beads.stream().allMatch(b -> band.contains(b.sourceStart(),
                    b.targetStart()) && band.contains(b.sourceEnd(), b.targetEnd()))) {
                return of(band, costs, beads);
            }
        }
    }

    /**
     * {@code beads} (a path through {@code band}) with their posterior probabilities as confidence. A square bead
     * (2-2, 3-3) the search chose is weighed by the search's own costs, without the evidence against merging that
     * {@link BeadCosts#confidenceCost} adds: that evidence keeps runs of one-to-one pairs from lending their mass to
     * merges the search did not make, and charging it to a merge the search made would count the diagonal's words
     * against it a second time (on Text+Berg, 2-2 beads at a mean confidence of 0.10 were right 10 times in 13).
     */
    static List<Bead> of(Band band, BeadCosts costs, List<Bead> beads) {
        Sums confidence = new Sums(band, costs, Weights.CONFIDENCE);
        Sums search = beads.stream().anyMatch(Posteriors::isSquare) ? new Sums(band, costs, Weights.SEARCH) : null;
        List<Bead> scored = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            BeadShape shape = BeadShape.of(bead.sourceCount(), bead.targetCount()).orElseThrow();
            double probability = shape.isNull() ? confidence.omitted(bead)
                    : Math.exp((shape.isSquare() ? search : confidence).logPosterior(shape, bead.sourceStart(),
                            bead.targetStart()));
            scored.add(new Bead(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd(),
                    Math.min(1, Math.max(0, probability))));
        }
        return scored;
    }

    private static boolean isSquare(Bead bead) {
        return BeadShape.of(bead.sourceCount(), bead.targetCount()).map(BeadShape::isSquare).orElse(false);
    }

    /** Which of {@link BeadCosts}' costs the sums weigh a bead by. */
    private enum Weights {
        /** {@link BeadCosts#confidenceCost}. */
        CONFIDENCE,
        /** {@link BeadCosts#cost}, what the search minimises. */
        SEARCH;

        double of(BeadCosts costs, BeadShape shape, int i, int j) {
            return this == CONFIDENCE ? costs.confidenceCost(shape, i, j) : costs.cost(shape, i, j);
        }
    }

    /** The forward and backward sums over all paths through the band, under one {@link Weights}. */
    private static final class Sums {
        private final Band band;
        private final BeadCosts costs;
        private final Weights weights;
        private final double[] forward;
        private final double[] backward;
        private final double total;

        Sums(Band band, BeadCosts costs, Weights weights) {
            this.band = band;
            this.costs = costs;
            this.weights = weights;
            float[] cost = costs(band, costs, weights);
            forward = forward(band, cost);
            backward = backward(band, cost);
            total = forward[band.index(band.rows - 1, band.columns - 1)];
        }

        /** log posterior of the bead of {@code shape} starting at {@code (i, j)}; -infinity outside the band. */
        double logPosterior(BeadShape shape, int i, int j) {
            int ei = i + shape.source;
            int ej = j + shape.target;
            if (i < 0 || j < 0 || !band.contains(i, j) || !band.contains(ei, ej)) {
                return Double.NEGATIVE_INFINITY;
            }
            return forward[band.index(i, j)] - weights.of(costs, shape, ei, ej) + backward[band.index(ei, ej)] - total;
        }

        /**
         * The probability that a one-sentence omission's sentence has no counterpart: the posteriors of every
         * omission bead covering it (alone, or with its neighbour in a two-sentence omission), wherever the path
         * stands on the other side. Two pages that each carry their own line at one place (a breadcrumb on one,
         * a "Press release" label on the other) leave both out in either order, and each order is a path of its
         * own: counting only the order the search wrote down would halve the probability of both.
         */
        double omitted(Bead bead) {
            boolean source = bead.sourceCount() > 0;
            double probability = 0;
            for (BeadShape shape : SHAPES) {
                int side = source ? shape.source : shape.target;
                if (!shape.isNull() || side == 0) {
                    continue;
                }
                for (int offset = 0; offset < side; offset++) {
                    probability += source ? rowPosterior(shape, bead.sourceStart() - offset)
                            : columnPosterior(shape, bead.sourceStart(), bead.targetStart() - offset);
                }
            }
            return Math.min(1, probability);
        }

        /** The summed posteriors of the beads of {@code shape} starting in row {@code i}. */
        private double rowPosterior(BeadShape shape, int i) {
            double probability = 0;
            if (i >= 0 && i < band.rows) {
                for (int j = band.low(i); j <= band.high(i); j++) {
                    probability += Math.exp(logPosterior(shape, i, j));
                }
            }
            return probability;
        }

        /**
         * The summed posteriors of the beads of {@code shape} starting in column {@code j}, in the rows around
         * {@code row} the band holds that column in (a run of rows, since the band follows a monotone path).
         */
        private double columnPosterior(BeadShape shape, int row, int j) {
            double probability = 0;
            for (int i = row; band.contains(i, j); i++) {
                probability += Math.exp(logPosterior(shape, i, j));
            }
            for (int i = row - 1; band.contains(i, j); i--) {
                probability += Math.exp(logPosterior(shape, i, j));
            }
            return probability;
        }
    }

    /** The cost of every bead ending in the band and starting in it, by cell and shape; NaN where it cannot. */
    private static float[] costs(Band band, BeadCosts costs, Weights weights) {
        float[] cost = new float[Math.toIntExact(band.size()) * SHAPES.length];
        for (int i = 0; i < band.rows; i++) {
            for (int j = band.low(i); j <= band.high(i); j++) {
                int cell = band.index(i, j) * SHAPES.length;
                for (BeadShape shape : SHAPES) {
                    boolean inside = band.contains(i - shape.source, j - shape.target);
                    cost[cell + shape.ordinal()] = inside ? (float) weights.of(costs, shape, i, j) : Float.NaN;
                }
            }
        }
        return cost;
    }

    /** log of the summed probability of all paths from (0, 0) to each cell. */
    private static double[] forward(Band band, float[] cost) {
        double[] alpha = new double[Math.toIntExact(band.size())];
        Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
        alpha[band.index(0, 0)] = 0;
        double[] terms = new double[SHAPES.length];
        for (int i = 0; i < band.rows; i++) {
            for (int j = band.low(i); j <= band.high(i); j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                int cell = band.index(i, j) * SHAPES.length;
                int count = 0;
                for (BeadShape shape : SHAPES) {
                    float c = cost[cell + shape.ordinal()];
                    if (!Float.isNaN(c)) {
                        double before = alpha[band.index(i - shape.source, j - shape.target)];
                        if (before != Double.NEGATIVE_INFINITY) {
                            terms[count++] = before - c;
                        }
                    }
                }
                alpha[band.index(i, j)] = logSum(terms, count);
            }
        }
        return alpha;
    }

    /** log of the summed probability of all paths from each cell to (n, m). */
    private static double[] backward(Band band, float[] cost) {
        double[] beta = new double[Math.toIntExact(band.size())];
        Arrays.fill(beta, Double.NEGATIVE_INFINITY);
        beta[band.index(band.rows - 1, band.columns - 1)] = 0;
        double[] terms = new double[SHAPES.length];
        for (int i = band.rows - 1; i >= 0; i--) {
            for (int j = band.high(i); j >= band.low(i); j--) {
                if (i == band.rows - 1 && j == band.columns - 1) {
                    continue;
                }
                int count = 0;
                for (BeadShape shape : SHAPES) {
                    int ni = i + shape.source;
                    int nj = j + shape.target;
                    if (band.contains(ni, nj)) {
                        double after = beta[band.index(ni, nj)];
                        float c = cost[band.index(ni, nj) * SHAPES.length + shape.ordinal()];
                        if (after != Double.NEGATIVE_INFINITY && !Float.isNaN(c)) {
                            terms[count++] = after - c;
                        }
                    }
                }
                beta[band.index(i, j)] = logSum(terms, count);
            }
        }
        return beta;
    }

    private static double logSum(double[] terms, int count) {
        if (count == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            max = Math.max(max, terms[k]);
        }
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += Math.exp(terms[k] - max);
        }
        return max + Math.log(sum);
    }
}
