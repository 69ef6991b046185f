package org.rosetta.align;

import java.util.List;

/**
 * Gale and Church's length model: the length of a translation is roughly proportional to the length of its source,
 * with a variance that grows with length. The ratio {@code c} is estimated from the two documents themselves, so it
 * holds for any pair of languages and scripts (Chinese is shorter in characters than English, Persian longer); the
 * variance is Gale and Church's unless {@link #estimate} learns it from known translations. Immutable.
 */
public final class LengthScorer {

    /** Gale and Church's variance of target characters per source character. */
    static final double VARIANCE = 6.8;

    private final double ratio;
    private final double variance;

    /**
     * The most characters a translation writes per character of its source, or the fewest as its inverse: Chinese
     * writes English in about a third as many, so two texts further apart than this are not translations of each
     * other all through, whatever their totals say (a page of five megabytes on one line against a sentence of 24
     * characters was paired at confidence 1, its ratio read from the pair itself).
     */
    static final double MAX_RATIO = 10;

    /** The model of a language pair whose texts have these many characters in all (their ratio within bounds). */
    public LengthScorer(long sourceChars, long targetChars) {
        this(sourceChars == 0 || targetChars == 0 ? 1.0
                : Math.max(1 / MAX_RATIO, Math.min(MAX_RATIO, (double) targetChars / sourceChars)), VARIANCE);
    }

    private LengthScorer(double ratio, double variance) {
        this.ratio = ratio;
        this.variance = variance;
    }

    /**
     * The model of the sentence pairs whose lengths are {@code lengths} ({@code {source, target}} characters, each
     * a translation of the other): their ratio, and the variance of their lengths about it, shrunk towards Gale and
     * Church's as if they had given {@code pseudoPairs} pairs more. A careful translation varies less than Gale and
     * Church's corpus did (the UDHR in French, a fifth as much), a free one more.
     */
    public static LengthScorer estimate(List<int[]> lengths, int pseudoPairs) {
        long source = 0;
        long target = 0;
        for (int[] pair : lengths) {
            source += pair[0];
            target += pair[1];
        }
        LengthScorer plain = new LengthScorer(source, target);
        double squares = 0;
        int n = 0;
        for (int[] pair : lengths) {
            double scaled = pair[1] / plain.ratio;
            double mean = (pair[0] + scaled) / 2;
            if (mean > 0) {
                squares += (pair[0] - scaled) * (pair[0] - scaled) / mean;
                n++;
            }
        }
        return new LengthScorer(plain.ratio, (squares + pseudoPairs * VARIANCE) / (n + pseudoPairs));
    }

    /** Target characters' variance per source character. */
    public double variance() {
        return variance;
    }

    /**
     * {@code -log P(|delta| >= observed)} for a source of {@code sourceLength} characters translated into
     * {@code targetLength}: 0 for a perfect fit, growing as the lengths disagree.
     */
    public double cost(int sourceLength, int targetLength) {
        double scaledTarget = targetLength / ratio;
        double mean = (sourceLength + scaledTarget) / 2;
        if (mean == 0) {
            return 0;
        }
        double z = Math.abs(sourceLength - scaledTarget) / Math.sqrt(variance * mean);
        int step = (int) (z * STEPS_PER_UNIT);
        return step < TAIL_COST.length ? TAIL_COST[step] : MAX_COST;
    }

    /** {@code -log(2 * (1 - Phi(z)))} in steps of 1/{@value #STEPS_PER_UNIT} of z: the search asks it billions of times. */
    private static final int STEPS_PER_UNIT = 1000;
    private static final double MAX_COST = -Math.log(1e-12);
    private static final double[] TAIL_COST = tailCosts();

    private static double[] tailCosts() {
        double[] costs = new double[8 * STEPS_PER_UNIT];
        for (int step = 0; step < costs.length; step++) {
            double z = (step + 0.5) / STEPS_PER_UNIT;
            costs[step] = -Math.log(Math.max(2 * (1 - normalCdf(z)), 1e-12));
        }
        return costs;
    }

    /** Target characters per source character, as the texts show. */
    public double ratio() {
        return ratio;
    }

    /** Abramowitz and Stegun 26.2.17, absolute error below 7.5e-8. */
    static double normalCdf(double z) {
        double t = 1 / (1 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    }
}
