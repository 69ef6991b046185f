package org.rosetta.query;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.index.UnitFields;
import org.rosetta.model.Language;
import org.rosetta.model.Span;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.SequencedMap;
import java.util.stream.Stream;

/**
 * Searches the indexes of every collection under a root folder. Queries use Lucene syntax, all words required by
 * default, analysed with the language's own analyzer. A hit reports the language whose text matched the most query
 * words. Thread-safe; close it to release the index files.
 */
public final class UnitSearcher implements AutoCloseable {

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final List<Language> languages;

    private UnitSearcher(IndexReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.languages = java.util.stream.StreamSupport.stream(FieldInfos.getMergedFieldInfos(reader).spliterator(), false)
                .map(FieldInfo::getName).map(UnitFields::languageOf).flatMap(java.util.Optional::stream)
                .sorted().toList();
    }

    /** Opens every collection index under {@code root}; fails with a clear message when there is none. */
    public static UnitSearcher open(Path root) {
        try {
            List<IndexReader> readers = new ArrayList<>();
            if (Files.isDirectory(root)) {
                try (Stream<Path> folders = Files.list(root)) {
                    for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                        if (!folder.getFileName().toString().startsWith(".")) {
                            readers.add(DirectoryReader.open(FSDirectory.open(folder)));
                        }
                    }
                }
            }
            if (readers.isEmpty()) {
                throw new IllegalStateException("no index under " + root + "; run 'build' first");
            }
            return new UnitSearcher(new MultiReader(readers.toArray(IndexReader[]::new), true));
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot open index (" + e.getMessage() + ")", e);
        }
    }

    /** The languages that have text in the index, in tag order. */
    public List<Language> languages() {
        return languages;
    }

    public List<Hit> search(SearchRequest request) {
        try {
            Query query = parse(request);
            int end = (request.page() + 1) * request.pageSize();
            TopDocs top = searcher.search(query, end);
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] scoreDocs = top.scoreDocs;
            for (int k = request.page() * request.pageSize(); k < scoreDocs.length; k++) {
                Document stored = searcher.storedFields().document(scoreDocs[k].doc);
                hits.add(toHit(stored, scoreDocs[k].score, query, request));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    private Query parse(SearchRequest request) {
        List<Language> fields = request.language().map(List::of).orElse(languages);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("the index has no " + request.language().map(Language::tag).orElse("")
                    + " text");
        }
        QueryParser parser = new MultiFieldQueryParser(
                fields.stream().map(UnitFields::text).toArray(String[]::new), analyzers);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(request.query());
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad query '" + request.query() + "': "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private Hit toHit(Document stored, float score, Query query, SearchRequest request) throws IOException {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        for (String tag : stored.get(UnitFields.LANGUAGE_ORDER).split(" ")) {
            Language language = Language.of(tag);
            variants.put(language, stored.get(UnitFields.text(language)));
        }
        TranslationUnit unit = new TranslationUnit(stored.get(UnitFields.ID), stored.get(UnitFields.COLLECTION),
                stored.get(UnitFields.DOCUMENT), variants, stored.get(UnitFields.BEAD),
                stored.getField(UnitFields.CONFIDENCE).numericValue().doubleValue());
        Language best = request.language().orElse(unit.sourceLanguage());
        List<Span> bestMarks = List.of();
        for (Language language : variants.keySet()) {
            if (request.language().isEmpty() || request.language().get().equals(language)) {
                List<Span> marks = highlights(query, language, variants.get(language));
                if (marks.size() > bestMarks.size()) {
                    best = language;
                    bestMarks = marks;
                }
            }
        }
        return new Hit(unit, score, best, bestMarks);
    }

    /** The spans of {@code text} whose analysed terms are among the query's terms for the language's field. */
    private List<Span> highlights(Query query, Language language, String text) throws IOException {
        String field = UnitFields.text(language);
        Set<String> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... leafTerms) {
                for (Term term : leafTerms) {
                    if (term.field().equals(field)) {
                        terms.add(term.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        List<Span> spans = new ArrayList<>();
        if (terms.isEmpty()) {
            return spans;
        }
        try (TokenStream tokens = analyzers.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    spans.add(new Span(offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        }
        return spans;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
