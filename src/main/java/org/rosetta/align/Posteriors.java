package org.rosetta.align;

import org.rosetta.model.Bead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The confidence of each bead of a path: its posterior probability among all alignments through the band, by the
 * forward-backward algorithm over the same bead costs the search minimises (read as {@code -log} probabilities).
 * A bead is confident when the alternatives that would replace it (shifting it, merging it with a neighbour,
 * leaving its sentences out) all cost much more; an omission gets the probability that its sentence really has
 * no counterpart. Linear in the band's size, like the search.
 */
final class Posteriors {

    private static final BeadShape[] SHAPES = BeadShape.values();

    private Posteriors() {
    }

    /** {@code beads} (a path through {@code band}) with their posterior probabilities as confidence. */
    static List<Bead> of(Band band, BeadCosts costs, List<Bead> beads) {
        double[] forward = forward(band, costs);
        double[] backward = backward(band, costs);
        return scored(band, costs, beads, forward, backward, forward[band.index(band.rows - 1, band.columns - 1)]);
    }

    private static List<Bead> scored(Band band, BeadCosts costs, List<Bead> beads, double[] forward,
                                     double[] backward, double total) {
        List<Bead> scored = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            BeadShape shape = BeadShape.of(bead.sourceCount(), bead.targetCount()).orElseThrow();
            double log = forward[band.index(bead.sourceStart(), bead.targetStart())]
                    - costs.cost(shape, bead.sourceEnd(), bead.targetEnd())
                    + backward[band.index(bead.sourceEnd(), bead.targetEnd())] - total;
            double probability = Math.min(1, Math.max(0, Math.exp(log)));
            scored.add(new Bead(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd(),
                    probability));
        }
        return scored;
    }


    /** log of the summed probability of all paths from (0, 0) to each cell. */
    private static double[] forward(Band band, BeadCosts costs) {
        double[] alpha = new double[Math.toIntExact(band.size())];
        Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
        alpha[band.index(0, 0)] = 0;
        double[] terms = new double[SHAPES.length];
        for (int i = 0; i < band.rows; i++) {
            for (int j = band.low(i); j <= band.high(i); j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                int count = 0;
                for (BeadShape shape : SHAPES) {
                    int pi = i - shape.source;
                    int pj = j - shape.target;
                    if (band.contains(pi, pj) && alpha[band.index(pi, pj)] != Double.NEGATIVE_INFINITY) {
                        terms[count++] = alpha[band.index(pi, pj)] - costs.cost(shape, i, j);
                    }
                }
                alpha[band.index(i, j)] = logSum(terms, count);
            }
        }
        return alpha;
    }

    /** log of the summed probability of all paths from each cell to (n, m). */
    private static double[] backward(Band band, BeadCosts costs) {
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
                    if (band.contains(ni, nj) && beta[band.index(ni, nj)] != Double.NEGATIVE_INFINITY) {
                        terms[count++] = beta[band.index(ni, nj)] - costs.cost(shape, ni, nj);
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
