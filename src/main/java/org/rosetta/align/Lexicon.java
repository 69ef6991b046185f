package org.rosetta.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word-translation table learnt from sentence pairs with IBM Model 1 (Brown et al. 1993), as Moore (2002) does
 * from the confident beads of a first alignment: {@value #ITERATIONS} EM iterations, then for each source word seen
 * at least twice, its target words with {@code t(f|e) >= }{@value #MIN_PROBABILITY}, best {@value #BEST} first.
 * Word ids are the caller's. Not thread-safe while training.
 */
final class Lexicon {

    static final int ITERATIONS = 5;
    static final double MIN_PROBABILITY = 0.1;
    static final int BEST = 3;
    private static final int NULL_WORD = -1;

    private final Map<Integer, int[]> translations;

    private Lexicon(Map<Integer, int[]> translations) {
        this.translations = translations;
    }

    static Lexicon empty() {
        return new Lexicon(Map.of());
    }

    int[] translations(int sourceWord) {
        return translations.getOrDefault(sourceWord, new int[0]);
    }

    int size() {
        return translations.size();
    }

    /** Trains on pairs of sentences given as word ids (source words, target words). */
    static Lexicon train(List<int[][]> pairs) {
        Map<Long, Double> t = new HashMap<>();
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int[][] pair : pairs) {
            for (int e : pair[0]) {
                frequency.merge(e, 1, Integer::sum);
            }
        }
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Map<Long, Double> counts = new HashMap<>();
            Map<Integer, Double> totals = new HashMap<>();
            for (int[][] pair : pairs) {
                int[] source = withNull(pair[0]);
                for (int f : pair[1]) {
                    double norm = 0;
                    for (int e : source) {
                        norm += t.getOrDefault(key(e, f), 1.0);
                    }
                    for (int e : source) {
                        double share = t.getOrDefault(key(e, f), 1.0) / norm;
                        counts.merge(key(e, f), share, Double::sum);
                        totals.merge(e, share, Double::sum);
                    }
                }
            }
            t.clear();
            counts.forEach((k, count) -> t.put(k, count / totals.get((int) (k >> 32))));
        }
        Map<Integer, List<double[]>> best = new HashMap<>();
        t.forEach((k, probability) -> {
            int e = (int) (k >> 32);
            int f = (int) (long) k;
            if (e != NULL_WORD && probability >= MIN_PROBABILITY && frequency.getOrDefault(e, 0) >= 2) {
                best.computeIfAbsent(e, w -> new ArrayList<>()).add(new double[] {probability, f});
            }
        });
        Map<Integer, int[]> translations = new HashMap<>();
        best.forEach((e, candidates) -> {
            candidates.sort((a, b) -> Double.compare(b[0], a[0]));
            translations.put(e, candidates.stream().limit(BEST).mapToInt(c -> (int) c[1]).toArray());
        });
        return new Lexicon(translations);
    }

    private static int[] withNull(int[] source) {
        int[] words = new int[source.length + 1];
        System.arraycopy(source, 0, words, 1, source.length);
        words[0] = NULL_WORD;
        return words;
    }

    private static long key(int e, int f) {
        return ((long) e << 32) | (f & 0xffffffffL);
    }
}
