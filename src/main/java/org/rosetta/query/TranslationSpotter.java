package org.rosetta.query;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.rosetta.index.UnitFields;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translation spotting from word alignments: the units of the two languages (each distinct text pair once) train a
 * {@link WordAlignment}; in every unit holding the term, each target word is linked to the source word it is most
 * associated with (cognates count as associated), and the target words linked to the term's words, from the first to the last, are its rendering
 * there (a phrase, stop words trimmed from its edges, at most {@value #MAX_WORDS} words). Renderings are ranked by
 * how many units show them, then by their Dice coefficient with the term. Thread-safe.
 */
public final class TranslationSpotter {

    static final int MAX_WORDS = 4;
    private static final int MAX_UNITS = 10_000;
    /** Below this association a target word is linked to nothing. */
    private static final double MIN_ASSOCIATION = 0.01;
    /**
     * The association of cognates (the same first {@value #COGNATE_PREFIX} letters: "torture", "torture"), which a
     * word seen once or twice cannot earn from Model 1 alone (Simard et al. 1992).
     */
    private static final double COGNATE = 1.0;
    private static final int COGNATE_PREFIX = 5;

    private final UnitIndex index;

    public TranslationSpotter(UnitIndex index) {
        this.index = index;
    }

    public List<TranslationCandidate> translationsOf(String term, Language from, Language to, int limit) {
        index.requireLanguage(from);
        index.requireLanguage(to);
        List<Tokens> units = pairUnits(from, to);
        List<List<String>[]> training = new ArrayList<>();
        units.forEach(u -> training.add(u.terms()));
        WordAlignment alignment = WordAlignment.train(training);
        List<String> termWords = UnitIndex.tokens(index.analyzers().exactForLanguage(from), "exact", term).stream()
                .map(UnitIndex.Token::term).toList();
        if (termWords.isEmpty()) {
            return List.of();
        }
        CharArraySet stop = stopWords(to);
        Map<String, Count> counts = new HashMap<>();
        int withTerm = 0;
        for (Tokens unit : units) {
            int at = indexOf(unit.terms()[0], termWords);
            if (at < 0) {
                continue;
            }
            withTerm++;
            rendering(unit, at, termWords.size(), alignment, stop).ifPresent(span -> {
                List<String> words = unit.terms()[1].subList(span[0], span[1] + 1);
                String surface = unit.targetText().substring(unit.target().get(span[0]).span().start(),
                        unit.target().get(span[1]).span().end());
                counts.computeIfAbsent(String.join(" ", words), k -> new Count(words)).add(surface);
            });
        }
        List<TranslationCandidate> candidates = new ArrayList<>();
        for (Count count : counts.values()) {
            int total = (int) units.stream().filter(u -> indexOf(u.terms()[1], count.words) >= 0).count();
            candidates.add(new TranslationCandidate(count.surface(), count.units, total,
                    2.0 * count.units / (withTerm + total)));
        }
        candidates.sort(Comparator.comparingInt(TranslationCandidate::together).reversed()
                .thenComparing(Comparator.comparingDouble(TranslationCandidate::score).reversed())
                .thenComparing(TranslationCandidate::phrase));
        return candidates.subList(0, Math.min(limit, candidates.size()));
    }

    /**
     * The first and last target positions linked to the term at {@code at}, edges trimmed; empty if none. Links are
     * mutual best matches (the target word's most associated source word is a term word, and that word's most
     * associated target word is this one), so words that merely share the sentence are left out.
     */
    private static java.util.Optional<int[]> rendering(Tokens unit, int at, int length, WordAlignment alignment,
                                                       CharArraySet stop) {
        List<String> source = unit.terms()[0];
        List<String> target = unit.terms()[1];
        double[][] association = new double[source.size()][target.size()];
        for (int i = 0; i < source.size(); i++) {
            for (int j = 0; j < target.size(); j++) {
                association[i][j] = Math.max(alignment.association(source.get(i), target.get(j)),
                        cognates(source.get(i), target.get(j)) ? COGNATE : 0);
            }
        }
        int first = -1;
        int last = -1;
        for (int j = 0; j < target.size(); j++) {
            int best = best(association, j);
            if (best >= at && best < at + length && bestTarget(association, best) == j) {
                first = first < 0 ? j : first;
                last = j;
            }
        }
        for (int i = at; first < 0 && i < at + length; i++) { // no mutual match: each term word's best target
            int j = bestTarget(association, i);
            if (j >= 0) {
                first = j;
                last = j;
            }
        }
        while (first >= 0 && first <= last && stop.contains(target.get(first))) {
            first++;
        }
        while (last >= first && first >= 0 && stop.contains(target.get(last))) {
            last--;
        }
        if (first < 0 || last < first || last - first + 1 > MAX_WORDS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new int[] {first, last});
    }

    /** The source position most associated with target position {@code j}; -1 when none reaches the minimum. */
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

    /** The units with text in both languages, as tokens, each distinct pair of texts once. */
    private List<Tokens> pairUnits(Language from, Language to) {
        BooleanQuery both = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(UnitFields.LANGUAGES, from.tag())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(UnitFields.LANGUAGES, to.tag())), BooleanClause.Occur.FILTER).build();
        List<Tokens> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            for (ScoreDoc doc : index.searcher().search(both, MAX_UNITS).scoreDocs) {
                TranslationUnit unit = index.unit(doc.doc);
                String source = unit.text(from);
                String target = unit.text(to);
                if (source != null && target != null && seen.add(source + "\u0000" + target)) {
                    units.add(new Tokens(target,
                            UnitIndex.tokens(index.analyzers().exactForLanguage(from), "exact", source),
                            UnitIndex.tokens(index.analyzers().exactForLanguage(to), "exact", target)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("translations-of failed: " + e.getMessage(), e);
        }
        return units;
    }

    /** One unit's two texts as index terms (and the target's tokens, for the surface of a phrase). */
    private record Tokens(String targetText, List<UnitIndex.Token> sourceTokens, List<UnitIndex.Token> target) {

        @SuppressWarnings("unchecked")
        List<String>[] terms() {
            return new List[] {sourceTokens.stream().map(UnitIndex.Token::term).toList(),
                    target.stream().map(UnitIndex.Token::term).toList()};
        }
    }

    private static boolean cognates(String a, String b) {
        return a.length() >= COGNATE_PREFIX && b.length() >= COGNATE_PREFIX
                && a.regionMatches(0, b, 0, COGNATE_PREFIX) && Character.isLetter(a.charAt(0));
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (words.subList(start, start + phrase.size()).equals(phrase)) {
                return start;
            }
        }
        return -1;
    }

    private CharArraySet stopWords(Language language) {
        if (index.analyzers().forLanguage(language) instanceof StopwordAnalyzerBase base) {
            return base.getStopwordSet();
        }
        return CharArraySet.EMPTY_SET;
    }

    /** Units showing a rendering, and its spellings as found. */
    private static final class Count {
        final List<String> words;
        int units;
        final Map<String, Integer> surfaces = new HashMap<>();

        Count(List<String> words) {
            this.words = words;
        }

        void add(String surface) {
            units++;
            surfaces.merge(surface, 1, Integer::sum);
        }

        String surface() {
            return surfaces.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        }
    }
}
