package org.rosetta.query;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.rosetta.index.UnitFields;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Translation-memory lookup: the units whose text in a language is closest to a new sentence. Candidates come from
 * the index (the {@value #CANDIDATES} best by shared words); each is scored as CAT tools do, {@code 100 * (1 -
 * word edit distance / words in the longer sentence)}, on the exact (unstemmed, folded) words, so case, accents and
 * Persian spelling variants do not count as edits, nor a space typed for a non-joiner ({@link JoinedWords}). Best
 * first. Thread-safe.
 */
public final class FuzzyMatcher {

    static final int CANDIDATES = 50;

    private final UnitIndex index;

    public FuzzyMatcher(UnitIndex index) {
        this.index = index;
    }

    public List<FuzzyMatch> lookup(String sentence, Language language, int minPercent, int limit) {
        return lookup(sentence, language, minPercent, limit, SearchRequest.Scope.ALL);
    }

    /** {@link #lookup(String, Language, int, int)} among one collection's or document's units. */
    public List<FuzzyMatch> lookup(String sentence, Language language, int minPercent, int limit,
                                   SearchRequest.Scope scope) {
        index.requireLanguage(language);
        List<Language> languages = index.languagesWithin(language); // en: en, and an imported collection's en-us
        List<String> words = words(sentence, language);
        // a word typed with a space that the index holds joined ("قتل عام", "قتل‌عام") is scored both ways: a unit
        // may write it either way
        List<String> joined = words(JoinedWords.join(sentence, languages.stream().map(UnitFields::exact).toList(),
                index.analyzers(), index.searcher().getIndexReader()), language);
        List<List<String>> spellings = joined.equals(words) ? List.of(words) : List.of(words, joined);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("nothing to look up in '" + sentence + "'");
        }
        try {
            List<FuzzyMatch> matches = new ArrayList<>();
            java.util.Map<java.util.Map<Language, String>, Integer> seen = new java.util.HashMap<>();
            for (ScoreDoc doc : candidates(spellings.stream().flatMap(List::stream).toList(), languages, scope)) {
                TranslationUnit unit = index.unit(doc.doc);
                Integer earlier = seen.get(unit.variants());
                if (earlier != null) { // the same texts again (imported twice, a repeated line): one match
                    FuzzyMatch first = matches.get(earlier);
                    matches.set(earlier, new FuzzyMatch(first.unit(), first.percent(), first.copies() + 1));
                    continue;
                }
                Language written = index.writtenIn(unit, language);
                List<String> candidate = words(unit.text(written), written);
                if (spellings.stream().allMatch(spelling -> bound(spelling.size(), candidate.size()) < minPercent)) {
                    continue; // the length difference alone keeps it below the minimum: no distance to compute
                }
                int percent = spellings.stream().mapToInt(spelling -> percent(spelling, candidate)).max()
                        .orElseThrow();
                if (percent >= minPercent) {
                    seen.put(unit.variants(), matches.size());
                    matches.add(new FuzzyMatch(unit, percent));
                }
            }
            matches.sort(Comparator.comparingInt(FuzzyMatch::percent).reversed());
            return matches.subList(0, Math.min(limit, matches.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("fuzzy lookup failed: " + e.getMessage(), e);
        }
    }

    /**
     * The {@value #CANDIDATES} units sharing most words with the sentence in each language's field, one language after
     * the other: scores of two fields are not comparable (a memory imported as {@code en-us} has a field of its own,
     * whose few units make every word look common), so each field gives its own best.
     */
    private List<ScoreDoc> candidates(List<String> words, List<Language> languages, SearchRequest.Scope scope)
            throws IOException {
        List<ScoreDoc> candidates = new ArrayList<>();
        Set<Integer> docs = new HashSet<>();
        List<String> distinct = new LinkedHashSet<>(words).stream().limit(IndexSearcher.getMaxClauseCount()).toList();
        for (Language within : languages) {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String word : distinct) {
                query.add(new TermQuery(new Term(UnitFields.exact(within), word)), BooleanClause.Occur.SHOULD);
            }
            for (ScoreDoc doc : index.searcher().search(UnitSearcher.scoped(query.build(), scope), CANDIDATES)
                    .scoreDocs) {
                if (docs.add(doc.doc)) {
                    candidates.add(doc);
                }
            }
        }
        return candidates;
    }

    private List<String> words(String text, Language language) {
        return UnitIndex.tokens(index.analyzers().exactForLanguage(language), "exact", text).stream()
                .map(UnitIndex.Token::term).toList();
    }

    /** The best percentage two sentences of these word counts can reach (the distance is at least their difference). */
    static int bound(int a, int b) {
        int longer = Math.max(a, b);
        return longer == 0 ? 100 : (int) Math.floor(100.0 * Math.min(a, b) / longer);
    }

    static int percent(List<String> a, List<String> b) {
        int longer = Math.max(a.size(), b.size());
        return longer == 0 ? 100 : (int) Math.floor(100.0 * (longer - distance(a, b)) / longer);
    }

    /** Levenshtein distance over words, two rows of memory. */
    static int distance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int substitution = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
