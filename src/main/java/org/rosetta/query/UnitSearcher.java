package org.rosetta.query;

import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.rosetta.index.DigitGroups;
import org.rosetta.index.UnitFields;
import org.rosetta.model.Language;
import org.rosetta.model.Span;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code search}: units matching a Lucene query, best first, one page at a time. All words are required unless the
 * query says otherwise. A hit reports the language whose text matched the most query words, with their spans.
 * Thread-safe.
 */
public final class UnitSearcher {

    private final UnitIndex index;

    public UnitSearcher(UnitIndex index) {
        this.index = index;
    }

    public List<Hit> search(SearchRequest request) {
        return page(request).hits();
    }

    /** One page of hits, and how many units match in all. */
    public record Page(List<Hit> hits, int total) {
    }

    public Page page(SearchRequest request) {
        request.language().ifPresent(index::requireLanguage);
        request.scope().collection().ifPresent(collection -> {
            List<String> collections = index.collections();
            if (!collections.contains(collection)) {
                throw new IllegalArgumentException("no collection " + collection + " in the index (it has: "
                        + String.join(", ", collections) + ")");
            }
        });
        List<Language> languages = request.language().map(index::languagesWithin).orElse(index.languages());
        Function<Language, String> field = request.match() == Match.EXACT ? UnitFields::exact : UnitFields::text;
        Query parsed = parse(request.query(), languages.stream().map(field).toList(), index);
        Query query = scoped(parsed, request.scope());
        try {
            TopDocs top = index.searcher().search(query, (request.page() + 1) * request.pageSize());
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            Marks marks = new Marks(index, parsed);
            for (int k = request.page() * request.pageSize(); k < docs.length; k++) {
                hits.add(hit(docs[k].doc, index.unit(docs[k].doc), docs[k].score, marks, languages, field));
            }
            return new Page(hits, index.searcher().count(query));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    /** {@code query} within a collection and document, when the scope names them. */
    static Query scoped(Query query, SearchRequest.Scope scope) {
        if (scope.collection().isEmpty() && scope.document().isEmpty()) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST);
        scope.collection().ifPresent(c -> builder.add(new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(UnitFields.COLLECTION, c)),
                BooleanClause.Occur.FILTER));
        scope.document().ifPresent(d -> builder.add(new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(UnitFields.DOCUMENT, d)),
                BooleanClause.Occur.FILTER));
        return builder.build();
    }

    /**
     * The query {@code text} asks for in {@code fields}; where it writes with a space words the index holds as one
     * ({@link JoinedWords}: "قتل عام" for "قتل‌عام"), units with either spelling.
     */
    static Query parse(String text, List<String> fields, UnitIndex index) {
        // a number typed with spaces between its digit groups, "30 000", is one number, as the index holds it
        return parseAny(spellings(DigitGroups.joined(text), fields, index), fields, index);
    }

    /** A query text as typed, then as the index may hold its words joined ({@link JoinedWords}) where it does. */
    static List<String> spellings(String text, List<String> fields, UnitIndex index) {
        String joined = JoinedWords.join(text, fields, index.analyzers(), index.searcher().getIndexReader());
        return joined.equals(text) ? List.of(text) : List.of(text, joined);
    }

    /** Units any of the query texts asks for in {@code fields}. */
    static Query parseAny(List<String> texts, List<String> fields, UnitIndex index) {
        if (texts.size() == 1) {
            return parseAsTyped(texts.getFirst(), fields, index);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        texts.forEach(text -> any.add(parseAsTyped(text, fields, index), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static Query parseAsTyped(String text, List<String> fields, UnitIndex index) {
        QueryParser parser = new WordStartParser(fields.toArray(String[]::new), index.analyzers());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad query '" + text + "': "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * The query parser of search: a word start ({@code exécut*}) or a wildcard asks for words as written, so in a
     * language's text field it is looked for among its words as written too (the exact field: unstemmed, accents
     * folded), not only among the stems, where the French stemmer's "masacr" and "prisoni" hide "massacr*" and
     * "prisonn*"; the stems still find what only they have (the word of "l'exécution", after its article).
     */
    private static final class WordStartParser extends MultiFieldQueryParser {

        private static final java.util.regex.Pattern ACCENTS = java.util.regex.Pattern.compile("\\p{Mn}+");

        WordStartParser(String[] fields, org.apache.lucene.analysis.Analyzer analyzer) {
            super(fields, analyzer);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            Optional<String> written = written(field);
            if (written.isEmpty()) {
                return super.getPrefixQuery(field, termStr);
            }
            // the stems as typed and without accents ("exécut*": the French stems are "execut..."), and the words;
            // only where marks are accents (Latin, Greek, Cyrillic), not vowel signs (Thai, Devanagari)
            String folded = accented(termStr) ? ACCENTS.matcher(java.text.Normalizer.normalize(termStr,
                    java.text.Normalizer.Form.NFD)).replaceAll("") : termStr;
            Query stems = super.getPrefixQuery(field, termStr);
            if (!folded.equals(termStr)) {
                stems = either(stems, super.getPrefixQuery(field, folded));
            }
            return either(stems, super.getPrefixQuery(written.get(), termStr));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            Query stems = super.getWildcardQuery(field, termStr);
            Optional<String> written = written(field);
            return written.isEmpty() ? stems : either(stems, super.getWildcardQuery(written.get(), termStr));
        }

        private static boolean accented(String term) {
            return term.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                    .allMatch(script -> script == Character.UnicodeScript.LATIN
                            || script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.CYRILLIC);
        }

        /** The exact field of a language's text field; none for any other field, or for none (all of them). */
        private static Optional<String> written(String field) {
            return field == null || UnitFields.isExact(field) ? Optional.empty()
                    : UnitFields.languageOf(field).map(UnitFields::exact);
        }

        private static Query either(Query one, Query other) {
            return new BooleanQuery.Builder().add(one, BooleanClause.Occur.SHOULD)
                    .add(other, BooleanClause.Occur.SHOULD).build();
        }
    }

    /**
     * The spans of both lists in text order, overlapping ones made one ("prisonniers politiques" marked as a phrase
     * in one field and "prisonn*" in the other), as a highlight takes them.
     */
    static List<Span> inOrder(List<Span> some, List<Span> more) {
        if (more.isEmpty()) {
            return some;
        }
        List<Span> sorted = java.util.stream.Stream.concat(some.stream(), more.stream())
                .sorted(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && span.start() < last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private Hit hit(int doc, TranslationUnit unit, float score, Marks marks, List<Language> languages,
                    Function<Language, String> field) {
        Language best = languages.stream().filter(unit.variants()::containsKey).findFirst()
                .orElse(unit.sourceLanguage());
        List<Span> bestSpans = List.of();
        for (Language language : languages) {
            String text = unit.text(language);
            if (text != null) {
                List<Span> spans = marks.of(doc, field.apply(language), text);
                if (!UnitFields.isExact(field.apply(language))) { // word starts matched in the exact field
                    spans = inOrder(spans, marks.of(doc, UnitFields.exact(language), text));
                }
                if (spans.size() > bestSpans.size()) {
                    best = language;
                    bestSpans = spans;
                }
            }
        }
        return new Hit(unit, score, best, bestSpans);
    }
}
