package org.rosetta.query;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word translation probabilities between two languages learnt from their aligned units with IBM Model 1 (Brown et
 * al. 1993) in both directions, {@value #ITERATIONS} EM iterations each, with fast_align's preference for the
 * diagonal (Dyer et al. 2013: a word's counterpart tends to sit at the same relative place in its sentence,
 * weight {@code exp(-}{@value #DIAGONAL}{@code  |i/m - j/n|)}), which a few hundred sentence pairs need to tell a
 * word's translation from its neighbours; with Moore's (2004) smoothing of rare words ({@value #PRIOR_COUNTS}
 * pseudo-counts per word); a word pair's association is the geometric mean of the two directions, so
 * a frequent function word that co-occurs with everything does not win. Tokens are the caller's (the index's exact
 * terms, or normalised words). Immutable once trained (but for a cache of its words' cognate forms), and thread-safe.
 */
public final class WordAlignment {

    static final int ITERATIONS = 5;
    /** fast_align's default diagonal tension. */
    static final double DIAGONAL = 4.0;
    private static final String NULL = "\u0000";
    /**
     * Moore's (2004) add-n smoothing as a prior: each word's translation table starts from this many counts spread
     * evenly over the other language's vocabulary. A word seen once or twice otherwise puts its mass on whatever its
     * sentence leaves unexplained (a rare word as a "garbage collector": حقوقی, "legal", taking "recognition", whose
     * usual شناسائی that sentence lacks); a word seen often outweighs the prior. A count, not a share of the
     * vocabulary, so a book's large vocabulary is not smoothed harder than a statement's (measured on the UDHR:
     * 5 and 10 give the same translation spotting, fr/de .652/.616 against .636/.606 without; 20 loses a word).
     */
    static final double PRIOR_COUNTS = 5.0;

    private final Map<String, Map<String, Double>> forward;
    private final Map<String, Map<String, Double>> backward;
    /** Each word without its combining marks, for {@link #cognates}; concurrent, so the alignment stays shareable. */
    private final Map<String, String> unaccented = new java.util.concurrent.ConcurrentHashMap<>();

    private WordAlignment(Map<String, Map<String, Double>> forward, Map<String, Map<String, Double>> backward) {
        this.forward = forward;
        this.backward = backward;
    }

    /** Trains on pairs of token lists: {@code pairs.get(k)[0]} source tokens, {@code [1]} target tokens. */
    public static WordAlignment train(List<List<String>[]> pairs) {
        return new WordAlignment(model1(pairs, 0, 1), model1(pairs, 1, 0));
    }

    /** A pair of token lists as {@link #train} takes it. */
    @SuppressWarnings("unchecked")
    static List<String>[] pair(List<String> source, List<String> target) {
        return new List[] {source, target};
    }

    /** How strongly {@code source} and {@code target} translate each other, 0..1. */
    public double association(String source, String target) {
        double f = forward.getOrDefault(source, Map.of()).getOrDefault(target, 0.0);
        double b = backward.getOrDefault(target, Map.of()).getOrDefault(source, 0.0);
        return Math.sqrt(f * b);
    }

    /**
     * How strongly a source phrase and a target phrase translate each other: the strongest association of a word
     * of one with a word of the other, cognates counting as fully associated.
     */
    public double strength(List<String> source, List<String> target) {
        double strongest = 0;
        for (String s : source) {
            for (String t : target) {
                strongest = Math.max(strongest, linkStrength(s, t));
            }
        }
        return strongest;
    }

    /** A word pair's association, cognates counting as fully associated. */
    private double linkStrength(String source, String target) {
        return cognates(source, target) ? COGNATE : association(source, target);
    }

    /** Below this association a target word is linked to nothing. */
    private static final double MIN_ASSOCIATION = 0.01;
    /**
     * The association of cognates ({@link #cognates}: "torture" and "torture", "age" and "âge"), which a
     * word seen once or twice cannot earn from Model 1 alone (Simard et al. 1992).
     */
    private static final double COGNATE = 1.0;
    private static final int COGNATE_PREFIX = 5;

    /**
     * The target words that render the source words {@code [at, at + length)} of one sentence pair: from the
     * first to the last target word linked to them, stop words trimmed from the edges; empty when none is linked
     * or the rendering has more than {@code longest} words. Links are mutual best matches (the target word's most
     * associated source word is a term word, and that word's most associated target word is this one; cognates
     * count as associated), so words that merely share the sentence are left out; without any, the term's first
     * word's best match.
     *
     * @return {first, last} target positions
     */
    public java.util.Optional<int[]> rendering(List<String> source, List<String> target, int at, int length,
                                               java.util.function.Predicate<String> stop, int longest) {
        return rendering(source, target, at, length, stop, longest, Links.MUTUAL_OR_BEST);
    }

    /**
     * Which links make a rendering: mutual best matches only; those of them that are confident too (each holds more
     * than half of both its words' association in the sentence pair: "well" and اجتماعی, "social", are each
     * other's best in "as well as in association with others", بطور اجتماعی, only because nothing else there
     * takes them); or mutual ones and, without any, the term's first word's best.
     */
    public enum Links { MUTUAL, CONFIDENT, MUTUAL_OR_BEST }

    /**
     * {@link #rendering}, from the links asked for: with {@link Links#MUTUAL} or {@link Links#CONFIDENT}, empty
     * when no link is such.
     */
    public java.util.Optional<int[]> rendering(List<String> source, List<String> target, int at, int length,
                                               java.util.function.Predicate<String> stop, int longest,
                                               Links links) {
        return linked(source, target).rendering(at, length, stop, longest, links);
    }

    /**
     * The word links of one sentence pair, worked out once for every term of it: each target word's most
     * associated source word and each source word's most associated target word (cognates counting as associated,
     * fast_align's diagonal weighing), none below {@value #MIN_ASSOCIATION}.
     */
    public Linked linked(List<String> source, List<String> target) {
        double[][] association = new double[source.size()][target.size()];
        for (int i = 0; i < source.size(); i++) {
            for (int j = 0; j < target.size(); j++) {
                association[i][j] = linkStrength(source.get(i), target.get(j))
                        * diagonal(i, source.size(), j, target.size());
            }
        }
        int[] bestSource = new int[target.size()];
        for (int j = 0; j < target.size(); j++) {
            bestSource[j] = best(association, j);
        }
        int[] bestTarget = new int[source.size()];
        for (int i = 0; i < source.size(); i++) {
            bestTarget[i] = bestTarget(association, i);
        }
        return new Linked(target, bestSource, bestTarget, association);
    }

    /** One sentence pair's best links both ways ({@link #linked}); immutable. */
    public static final class Linked {

        private final List<String> target;
        private final int[] bestSource;
        private final int[] bestTarget;
        private final double[][] association;
        /** Each source word's association summed over the target words, and each target word's over the source. */
        private final double[] rows;
        private final double[] columns;

        private Linked(List<String> target, int[] bestSource, int[] bestTarget, double[][] association) {
            this.target = target;
            this.bestSource = bestSource;
            this.bestTarget = bestTarget;
            this.association = association;
            this.rows = new double[association.length];
            this.columns = new double[target.size()];
            for (int i = 0; i < association.length; i++) {
                for (int j = 0; j < columns.length; j++) {
                    rows[i] += association[i][j];
                    columns[j] += association[i][j];
                }
            }
        }

        /**
         * Whether a link holds more than half of the association of both its words in this sentence pair (its
         * source word's with every target word, its target word's with every source word), so that neither word
         * could as well be linked elsewhere.
         */
        private boolean confident(int i, int j) {
            return association[i][j] > 0.5 * rows[i] && association[i][j] > 0.5 * columns[j];
        }

        /** Whether source word {@code i}'s most associated target word has it as its own most associated source word. */
        public boolean partnered(int i) {
            int j = bestTarget[i];
            return j >= 0 && bestSource[j] == i;
        }

        /** The rendering of the source words {@code [at, at + length)}, as {@link WordAlignment#rendering} says. */
        public java.util.Optional<int[]> rendering(int at, int length, java.util.function.Predicate<String> stop,
                                                   int longest, Links links) {
            int first = -1;
            int last = -1;
            for (int j = 0; j < target.size(); j++) {
                int best = bestSource[j];
                if (best >= at && best < at + length && bestTarget[best] == j
                        && (links != Links.CONFIDENT || confident(best, j))) {
                    first = first < 0 ? j : first;
                    last = j;
                }
            }
            // no mutual match: each term word's best target
            for (int i = at; links == Links.MUTUAL_OR_BEST && first < 0 && i < at + length; i++) {
                int j = bestTarget[i];
                if (j >= 0) {
                    first = j;
                    last = j;
                }
            }
            while (first >= 0 && first <= last && stop.test(target.get(first))) {
                first++;
            }
            while (last >= first && first >= 0 && stop.test(target.get(last))) {
                last--;
            }
            if (first < 0 || last < first || last - first + 1 > longest) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new int[] {first, last});
        }
    }

    /** The same tables read the other way: the target language's words as the source. */
    public WordAlignment reversed() {
        return new WordAlignment(backward, forward);
    }

    /** Where {@code phrase} first occurs in {@code words}; -1 if it does not. */
    public static int indexOf(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (words.subList(start, start + phrase.size()).equals(phrase)) {
                return start;
            }
        }
        return -1;
    }

    private static int best(double[][] association, int j) {
        int best = -1;
        double strongest = MIN_ASSOCIATION;
        for (int i = 0; i < association.length; i++) {
            if (association[i][j] > strongest) {
                strongest = association[i][j];
                best = i;
            }
        }
        return best;
    }

    private static int bestTarget(double[][] association, int i) {
        int best = -1;
        double strongest = MIN_ASSOCIATION;
        for (int j = 0; j < association[i].length; j++) {
            if (association[i][j] > strongest) {
                strongest = association[i][j];
                best = j;
            }
        }
        return best;
    }

    /** fast_align's diagonal weight of linking position {@code i} of {@code m} words with {@code j} of {@code n}. */
    static double diagonal(int i, int m, int j, int n) {
        return Math.exp(-DIAGONAL * Math.abs((i + 0.5) / m - (j + 0.5) / n));
    }

    /**
     * Cognates: words of at least {@value #COGNATE_PREFIX} letters with the same first {@value #COGNATE_PREFIX}, or
     * the same word of {@value #SHORT_COGNATE} letters or more ("age" and "âge", "non" in "non-self-governing" and
     * "non autonomes"), accents and other combining marks aside ("education", "éducation").
     */
    private boolean cognates(String a, String b) {
        if (a.isEmpty() || !Character.isLetter(a.charAt(0))) {
            return false;
        }
        String x = unaccented.computeIfAbsent(a, WordAlignment::withoutMarks);
        String y = unaccented.computeIfAbsent(b, WordAlignment::withoutMarks);
        return x.length() >= COGNATE_PREFIX && y.length() >= COGNATE_PREFIX && x.regionMatches(0, y, 0, COGNATE_PREFIX)
                || x.length() >= SHORT_COGNATE && x.equals(y);
    }

    private static final int SHORT_COGNATE = 3;
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    private static String withoutMarks(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    }

    /** t(target | source) for every source word, from pairs[from] to pairs[to]. */
    private static Map<String, Map<String, Double>> model1(List<List<String>[]> pairs, int from, int to) {
        Map<String, Map<String, Double>> t = new HashMap<>();
        Set<String> vocabulary = new HashSet<>();
        for (List<String>[] pair : pairs) {
            vocabulary.addAll(pair[to]);
        }
        double prior = PRIOR_COUNTS / Math.max(1, vocabulary.size());
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Map<String, Map<String, Double>> counts = new HashMap<>();
            Map<String, Double> totals = new HashMap<>();
            for (List<String>[] pair : pairs) {
                List<String> source = pair[from];
                List<String> targets = pair[to];
                double[] weight = new double[source.size()];
                for (int j = 0; j < targets.size(); j++) {
                    String f = targets.get(j);
                    double norm = probability(t, NULL, f);
                    for (int i = 0; i < source.size(); i++) {
                        weight[i] = probability(t, source.get(i), f) * diagonal(i, source.size(), j, targets.size());
                        norm += weight[i];
                    }
                    add(counts, totals, NULL, f, probability(t, NULL, f) / norm);
                    for (int i = 0; i < source.size(); i++) {
                        add(counts, totals, source.get(i), f, weight[i] / norm);
                    }
                }
            }
            t = new HashMap<>();
            for (Map.Entry<String, Map<String, Double>> e : counts.entrySet()) {
                double total = totals.get(e.getKey()) + PRIOR_COUNTS;
                Map<String, Double> row = new HashMap<>();
                e.getValue().forEach((f, c) -> {
                    if ((c + prior) / total >= 1e-3) { // keeps the table small; smaller values decide nothing
                        row.put(f, (c + prior) / total);
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
