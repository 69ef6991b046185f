package org.rosetta.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word translation probabilities between two languages learnt from their aligned units with IBM Model 1 (Brown et
 * al. 1993) in both directions, {@value #ITERATIONS} EM iterations each; a word pair's association is the geometric
 * mean of the two directions, so a frequent function word that co-occurs with everything does not win. Tokens are
 * the caller's (the index's exact terms). Immutable once trained.
 */
final class WordAlignment {

    static final int ITERATIONS = 5;
    private static final String NULL = "\u0000";

    private final Map<String, Map<String, Double>> forward;
    private final Map<String, Map<String, Double>> backward;

    private WordAlignment(Map<String, Map<String, Double>> forward, Map<String, Map<String, Double>> backward) {
        this.forward = forward;
        this.backward = backward;
    }

    /** Trains on pairs of token lists: {@code pairs.get(k)[0]} source tokens, {@code [1]} target tokens. */
    static WordAlignment train(List<List<String>[]> pairs) {
        return new WordAlignment(model1(pairs, 0, 1), model1(pairs, 1, 0));
    }

    /** How strongly {@code source} and {@code target} translate each other, 0..1. */
    double association(String source, String target) {
        double f = forward.getOrDefault(source, Map.of()).getOrDefault(target, 0.0);
        double b = backward.getOrDefault(target, Map.of()).getOrDefault(source, 0.0);
        return Math.sqrt(f * b);
    }

    /** t(target | source) for every source word, from pairs[from] to pairs[to]. */
    private static Map<String, Map<String, Double>> model1(List<List<String>[]> pairs, int from, int to) {
        Map<String, Map<String, Double>> t = new HashMap<>();
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Map<String, Map<String, Double>> counts = new HashMap<>();
            Map<String, Double> totals = new HashMap<>();
            for (List<String>[] pair : pairs) {
                List<String> source = pair[from];
                for (String f : pair[to]) {
                    double norm = probability(t, NULL, f);
                    for (String e : source) {
                        norm += probability(t, e, f);
                    }
                    add(counts, totals, NULL, f, probability(t, NULL, f) / norm);
                    for (String e : source) {
                        add(counts, totals, e, f, probability(t, e, f) / norm);
                    }
                }
            }
            t = new HashMap<>();
            for (Map.Entry<String, Map<String, Double>> e : counts.entrySet()) {
                double total = totals.get(e.getKey());
                Map<String, Double> row = new HashMap<>();
                e.getValue().forEach((f, c) -> {
                    if (c / total >= 1e-3) { // keeps the table small; smaller values decide nothing
                        row.put(f, c / total);
                    }
                });
                t.put(e.getKey(), row);
            }
        }
        return t;
    }

    private static double probability(Map<String, Map<String, Double>> t, String e, String f) {
        if (t.isEmpty()) {
            return 1.0; // the first iteration: uniform
        }
        return t.getOrDefault(e, Map.of()).getOrDefault(f, 1e-6);
    }

    private static void add(Map<String, Map<String, Double>> counts, Map<String, Double> totals, String e, String f,
                            double share) {
        counts.computeIfAbsent(e, k -> new HashMap<>()).merge(f, share, Double::sum);
        totals.merge(e, share, Double::sum);
    }
}
