package org.rosetta.eval;

import org.rosetta.model.Bead;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an aligner's confidence means what it says, over every output bead (omissions included) of a set: the
 * share of beads at confidence {@code >=} {@value #CONFIDENT} that equal a gold bead (strict), and the expected
 * calibration error over {@value #BINS} equal-width bins (the bead-weighted mean of |share right - mean
 * confidence| per bin). Immutable.
 *
 * @param beads      output beads scored
 * @param confident  beads at confidence {@code >=} {@value #CONFIDENT}
 * @param confidentPrecision share of those strictly right (0 when there are none)
 * @param confidentLaxPrecision share of those right under lax scoring (for gold of whole paragraphs, as the
 *                              UDHR sets have, where a right 1-1 inside a 2-2 paragraph is strictly wrong)
 * @param expectedError      ECE, 0..1, against strict correctness
 * @param expectedLaxError   ECE against lax correctness (the measure for gold of whole paragraphs)
 * @param bins               the reliability table: {@value #BINS} bins of confidence, lowest first
 */
public record Calibration(int beads, int confident, double confidentPrecision, double confidentLaxPrecision,
                          double expectedError, double expectedLaxError, List<Bin> bins) {

    public Calibration {
        bins = List.copyOf(bins);
    }

    /**
     * One bin of the reliability table: beads whose confidence is in {@code [lower, lower + 1/BINS)} (the last bin
     * includes 1), how many there are, how many are strictly and laxly right, and their mean confidence (0 when
     * empty).
     */
    public record Bin(double lower, int beads, int right, int laxRight, double meanConfidence) {
    }

    public static final double CONFIDENT = 0.9;
    public static final int BINS = 10;

    /** One document's output beads and gold. */
    public record Document(List<Bead> output, List<GoldBead> gold) {
    }

    public static Calibration of(List<Document> documents) {
        int[] count = new int[BINS];
        int[] right = new int[BINS];
        int[] laxRight = new int[BINS];
        double[] confidence = new double[BINS];
        int confident = 0;
        int confidentRight = 0;
        int confidentLax = 0;
        int beads = 0;
        for (Document document : documents) {
            Set<GoldBead> gold = new HashSet<>(document.gold());
            java.util.Map<Integer, Set<Integer>> linked = new java.util.HashMap<>();
            for (GoldBead g : document.gold()) {
                g.source().forEach(s -> linked.computeIfAbsent(s, k -> new HashSet<>()).addAll(g.target()));
            }
            for (Bead bead : document.output()) {
                GoldBead output = BeadFormat.of(bead);
                boolean correct = gold.contains(output);
                boolean lax = correct || output.source().stream().anyMatch(s -> output.target().stream()
                        .anyMatch(t -> linked.getOrDefault(s, Set.of()).contains(t)));
                int bin = Math.min(BINS - 1, (int) Math.floor(bead.confidence() * BINS));
                count[bin]++;
                right[bin] += correct ? 1 : 0;
                laxRight[bin] += lax ? 1 : 0;
                confidence[bin] += bead.confidence();
                beads++;
                if (bead.confidence() >= CONFIDENT) {
                    confident++;
                    confidentRight += correct ? 1 : 0;
                    confidentLax += lax ? 1 : 0;
                }
            }
        }
        double error = 0;
        double laxError = 0;
        List<Bin> bins = new java.util.ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                double mean = confidence[b] / count[b];
                error += Math.abs((double) right[b] / count[b] - mean) * count[b] / beads;
                laxError += Math.abs((double) laxRight[b] / count[b] - mean) * count[b] / beads;
            }
            bins.add(new Bin((double) b / BINS, count[b], right[b], laxRight[b],
                    count[b] == 0 ? 0 : confidence[b] / count[b]));
        }
        return new Calibration(beads, confident, confident == 0 ? 0 : (double) confidentRight / confident,
                confident == 0 ? 0 : (double) confidentLax / confident, error, laxError, bins);
    }
}
