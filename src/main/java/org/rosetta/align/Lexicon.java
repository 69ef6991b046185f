package org.rosetta.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word-translation table learnt from sentence pairs with IBM Model 1 (Brown et al. 1993), as Moore (2002) does
 * from the confident beads of a first alignment: {@value #ITERATIONS} EM iterations over the content words (seen in
 * at least two pairs, and in at most {@value #MAX_SHARE} of them, which leaves out function words and keeps the
 * table's memory bounded), then for each source word its target words with
 * {@code t(f|e) >= }{@value #MIN_PROBABILITY}, best {@value #BEST} first. Words are normalised as
 * {@link WordNormaliser#words} gives them; the sentence pairs may come from many documents of the same two languages,
 * so one table serves all of them. Immutable once trained.
 */
final class Lexicon {

    static final int ITERATIONS = 5;
    static final double MIN_PROBABILITY = 0.1;
    static final int BEST = 3;
    static final double MAX_SHARE = 0.1;
    private static final int NULL_WORD = -1;

    private final Map<String, List<String>> translations;

    private Lexicon(Map<String, List<String>> translations) {
        this.translations = translations;
    }

    static Lexicon empty() {
        return new Lexicon(Map.of());
    }

    /** The target words {@code sourceWord} translates to, most probable first; empty when it has none. */
    List<String> translations(String sourceWord) {
        return translations.getOrDefault(sourceWord, List.of());
    }

    int size() {
        return translations.size();
    }

    /** Trains on sentence pairs, each given as its source words and its target words. */
    static Lexicon train(List<SentencePair> sentencePairs) {
        Map<String, Integer> sourceIds = new HashMap<>();
        Map<String, Integer> targetIds = new HashMap<>();
        List<int[][]> allPairs = new ArrayList<>(sentencePairs.size());
        for (SentencePair pair : sentencePairs) {
            allPairs.add(new int[][] {ids(pair.source(), sourceIds), ids(pair.target(), targetIds)});
        }
        String[] targetWordOf = new String[targetIds.size()];
        targetIds.forEach((word, id) -> targetWordOf[id] = word);
        String[] sourceWordOf = new String[sourceIds.size()];
        sourceIds.forEach((word, id) -> sourceWordOf[id] = word);
        Map<String, List<String>> translations = new HashMap<>();
        trainIds(allPairs).forEach((e, fs) -> translations.put(sourceWordOf[e],
                java.util.Arrays.stream(fs).mapToObj(f -> targetWordOf[f]).toList()));
        return new Lexicon(translations);
    }

    /** One sentence pair: its source words and its target words, in text order. */
    record SentencePair(List<String> source, List<String> target) {
    }

    /** The words as ids of {@code vocabulary}, new words given the next id. */
    static int[] ids(List<String> words, Map<String, Integer> vocabulary) {
        return words.stream().mapToInt(w -> vocabulary.computeIfAbsent(w, k -> vocabulary.size())).toArray();
    }

    private static Map<Integer, int[]> trainIds(List<int[][]> allPairs) {
        List<int[][]> pairs = contentWords(allPairs);
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
        return translations;
    }

    private static List<int[][]> contentWords(List<int[][]> pairs) {
        Map<Integer, Integer> sourceDf = documentFrequency(pairs, 0);
        Map<Integer, Integer> targetDf = documentFrequency(pairs, 1);
        int most = (int) Math.max(2, pairs.size() * MAX_SHARE);
        List<int[][]> content = new ArrayList<>(pairs.size());
        for (int[][] pair : pairs) {
            content.add(new int[][] {
                    java.util.Arrays.stream(pair[0]).distinct().filter(w -> between(sourceDf.get(w), most)).toArray(),
                    java.util.Arrays.stream(pair[1]).distinct().filter(w -> between(targetDf.get(w), most)).toArray()});
        }
        return content;
    }

    private static boolean between(int frequency, int most) {
        return frequency >= 2 && frequency <= most;
    }

    private static Map<Integer, Integer> documentFrequency(List<int[][]> pairs, int side) {
        Map<Integer, Integer> df = new HashMap<>();
        for (int[][] pair : pairs) {
            java.util.Arrays.stream(pair[side]).distinct().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        return df;
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
