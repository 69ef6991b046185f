package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;

import java.util.ArrayList;
import java.util.List;

/**
 * How much a bead's lexical similarity says, learnt from the documents themselves: the log-likelihood ratio of its
 * similarity bin among the beads of an earlier alignment (mostly right) and among pairs {@value #MIN_OFFSET} to
 * {@value #MAX_OFFSET} sentences off them (wrong: the near misses the search has to tell apart from the right bead,
 * which share more topic words than distant sentences do), with add-one smoothing. Bins: no keys on either side; no shared key; then tenths of
 * {@code 2 * shared / keys}. The cost of a bin is minus its ratio: negative (a reward) where correct beads are
 * likelier. Immutable.
 */
final class EvidenceModel {

    static final int BINS = 12;
    private static final int MIN_OFFSET = 1;
    private static final int MAX_OFFSET = 3;

    private final double[] cost;

    private EvidenceModel(double[] cost) {
        this.cost = cost;
    }

    static int bin(int shared, int keys) {
        if (keys == 0) {
            return 0;
        }
        if (shared == 0) {
            return 1;
        }
        double similarity = 2.0 * shared / keys;
        return 2 + Math.min(9, (int) Math.ceil(similarity * 10) - 1);
    }

    double cost(int bin) {
        return cost[bin];
    }

    double lowestCost() {
        double lowest = Double.POSITIVE_INFINITY;
        for (double c : cost) {
            lowest = Math.min(lowest, c);
        }
        return lowest;
    }

    /** How often each bin occurs among right beads and among near misses. */
    record Counts(double[] right, double[] wrong) {

        static Counts none() {
            return new Counts(new double[BINS], new double[BINS]);
        }

        Counts plus(Counts other) {
            double[] r = right.clone();
            double[] w = wrong.clone();
            for (int b = 0; b < BINS; b++) {
                r[b] += other.right[b];
                w[b] += other.wrong[b];
            }
            return new Counts(r, w);
        }
    }

    /** The bins of the one-to-one beads of {@code alignment} (right) and of their near misses (wrong). */
    static Counts count(Alignment alignment, LexicalEvidence evidence) {
        double[] right = new double[BINS];
        double[] wrong = new double[BINS];
        int m = alignment.target().size();
        for (Bead bead : alignment.beads()) {
            if (bead.sourceCount() != 1 || bead.targetCount() != 1) {
                continue;
            }
            right[evidence.bin(BeadShape.ONE_ONE, bead.sourceEnd(), bead.targetEnd())]++;
            // every near miss on both sides, each weighted so that a bead adds one wrong pair in all
            List<Integer> misses = new ArrayList<>();
            for (int offset = MIN_OFFSET; offset <= MAX_OFFSET; offset++) {
                for (int j : new int[] {bead.targetEnd() - offset, bead.targetEnd() + offset}) {
                    if (j >= 1 && j <= m) {
                        misses.add(j);
                    }
                }
            }
            for (int j : misses) {
                wrong[evidence.bin(BeadShape.ONE_ONE, bead.sourceEnd(), j)] += 1.0 / misses.size();
            }
        }
        return new Counts(right, wrong);
    }

    /**
     * The log-likelihood ratios of a document's counts, each distribution smoothed with {@value #BINS}
     * pseudo-counts spread as the background's (add-one where the background is empty): a short document's table
     * leans on its siblings', a long one's on its own.
     */
    static EvidenceModel estimate(Counts document, Counts background) {
        double[] rightPrior = smoothed(background.right());
        double[] wrongPrior = smoothed(background.wrong());
        double rightTotal = sum(document.right()) + BINS;
        double wrongTotal = sum(document.wrong()) + BINS;
        double[] cost = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            double right = (document.right()[b] + BINS * rightPrior[b]) / rightTotal;
            double wrong = (document.wrong()[b] + BINS * wrongPrior[b]) / wrongTotal;
            cost[b] = -Math.log(right / wrong);
        }
        return new EvidenceModel(cost);
    }

    /** The background's distribution with add-one smoothing; uniform when it is empty. */
    private static double[] smoothed(double[] counts) {
        double total = sum(counts) + BINS;
        double[] distribution = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            distribution[b] = (counts[b] + 1) / total;
        }
        return distribution;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
