package org.rosetta.query;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.rosetta.index.UnitFields;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translation spotting from co-occurrence in aligned units: for a term in language A, the word sequences (1 to
 * {@value #MAX_WORDS} words, not starting or ending with a stop word) of the aligned language-B text that go with
 * it, ranked by the Dice coefficient of the two, so a phrase that appears everywhere does not win by frequency
 * alone. Thread-safe.
 */
public final class TranslationSpotter {

    static final int MAX_WORDS = 4;
    private static final int MAX_UNITS = 10_000;
    private static final int CANDIDATES_SCORED = 200;

    private final UnitIndex index;

    public TranslationSpotter(UnitIndex index) {
        this.index = index;
    }

    public List<TranslationCandidate> translationsOf(String term, Language from, Language to, int limit) {
        index.requireLanguage(from);
        index.requireLanguage(to);
        Query query = UnitSearcher.parse(Concordancer.asPhrase(term), List.of(UnitFields.exact(from)), index);
        Map<String, Count> counts = new HashMap<>();
        int units = 0;
        try {
            for (ScoreDoc doc : index.searcher().search(query, MAX_UNITS).scoreDocs) {
                TranslationUnit unit = index.unit(doc.doc);
                String text = unit.text(to);
                if (text != null) {
                    units++;
                    countPhrases(text, to, counts);
                }
            }
            int withTerm = units;
            List<Map.Entry<String, Count>> frequent = counts.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Count> e) -> e.getValue().units).reversed())
                    .limit(CANDIDATES_SCORED).toList();
            java.util.ArrayList<TranslationCandidate> candidates = new java.util.ArrayList<>();
            for (Map.Entry<String, Count> entry : frequent) {
                int total = Math.max(entry.getValue().units, unitsWith(entry.getKey(), to, from));
                double dice = 2.0 * entry.getValue().units / (withTerm + total);
                candidates.add(new TranslationCandidate(entry.getValue().surface(), entry.getValue().units, total,
                        dice));
            }
            candidates.sort(Comparator.comparingDouble(TranslationCandidate::score).reversed()
                    .thenComparing(Comparator.comparingInt(TranslationCandidate::together).reversed()));
            return candidates.subList(0, Math.min(limit, candidates.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("translations-of failed: " + e.getMessage(), e);
        }
    }

    private void countPhrases(String text, Language language, Map<String, Count> counts) {
        List<UnitIndex.Token> tokens = UnitIndex.tokens(index.analyzers().exactForLanguage(language), "exact", text);
        CharArraySet stop = stopWords(language);
        Set<String> seen = new HashSet<>();
        for (int start = 0; start < tokens.size(); start++) {
            if (stop.contains(tokens.get(start).term())) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int end = start; end < Math.min(tokens.size(), start + MAX_WORDS); end++) {
                key.append(end > start ? " " : "").append(tokens.get(end).term());
                if (stop.contains(tokens.get(end).term())) {
                    continue;
                }
                String phrase = key.toString();
                String surface = text.substring(tokens.get(start).span().start(), tokens.get(end).span().end());
                if (seen.add(phrase)) {
                    counts.computeIfAbsent(phrase, p -> new Count()).add(surface);
                }
            }
        }
    }

    /** Units with the phrase in {@code language} among those aligned with {@code other} (the pair's units only). */
    private int unitsWith(String phrase, Language language, Language other) throws IOException {
        PhraseQuery.Builder phraseQuery = new PhraseQuery.Builder();
        for (String word : phrase.split(" ")) {
            phraseQuery.add(new Term(UnitFields.exact(language), word));
        }
        return index.searcher().count(new BooleanQuery.Builder()
                .add(phraseQuery.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(UnitFields.LANGUAGES, other.tag())), BooleanClause.Occur.FILTER)
                .build());
    }

    private CharArraySet stopWords(Language language) {
        if (index.analyzers().forLanguage(language) instanceof StopwordAnalyzerBase base) {
            return base.getStopwordSet();
        }
        return CharArraySet.EMPTY_SET;
    }

    /** Units holding a phrase, and its spellings as found. */
    private static final class Count {
        int units;
        final Map<String, Integer> surfaces = new HashMap<>();

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
