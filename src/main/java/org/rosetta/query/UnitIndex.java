package org.rosetta.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The open indexes of every collection under a root folder, searched as one, with what the query classes share:
 * the analyzers, stored units, token spans. Thread-safe; close it to release the index files.
 */
public final class UnitIndex implements AutoCloseable {

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final List<Language> languages;

    private UnitIndex(IndexReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.languages = StreamSupport.stream(FieldInfos.getMergedFieldInfos(reader).spliterator(), false)
                .map(FieldInfo::getName).filter(f -> !UnitFields.isExact(f)).map(UnitFields::languageOf)
                .flatMap(Optional::stream).distinct().sorted().toList();
    }

    /**
     * Opens every collection index under {@code root} at its latest commit (a folder without one, whose first
     * write has not committed, is left out); fails with a clear message when there is none.
     */
    public static UnitIndex open(Path root) {
        try {
            List<IndexReader> readers = new ArrayList<>();
            if (Files.isDirectory(root)) {
                try (Stream<Path> folders = Files.list(root)) {
                    for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                        if (folder.getFileName().toString().startsWith(".")) {
                            continue;
                        }
                        FSDirectory directory = FSDirectory.open(folder);
                        if (DirectoryReader.indexExists(directory)) {
                            readers.add(DirectoryReader.open(directory));
                        } else {
                            directory.close(); // a first write still running, or killed before its commit
                        }
                    }
                }
            }
            if (readers.isEmpty()) {
                throw new IllegalStateException("no index under " + root + "; run 'build' first");
            }
            return new UnitIndex(new MultiReader(readers.toArray(IndexReader[]::new), true));
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot open index (" + e.getMessage() + ")", e);
        }
    }

    /** The collections that have units in the index, in name order. */
    public List<String> collections() {
        List<String> names = new ArrayList<>();
        try {
            for (var leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.index.Terms terms = leaf.reader().terms(UnitFields.COLLECTION);
                if (terms != null) {
                    org.apache.lucene.index.TermsEnum each = terms.iterator();
                    for (var term = each.next(); term != null; term = each.next()) {
                        String name = term.utf8ToString();
                        if (!names.contains(name)) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index (" + e.getMessage() + ")", e);
        }
        names.sort(null);
        return names;
    }

    /** The languages that have text in the index, in tag order. */
    public List<Language> languages() {
        return languages;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    LanguageAnalyzers analyzers() {
        return analyzers;
    }

    /**
     * The languages of the index within {@code range} ({@link Language#within}): {@code en} gives {@code en} and the
     * {@code en-us} of a collection imported from a tool that writes regions; the range itself first when the index
     * has it.
     */
    public List<Language> languagesWithin(Language range) {
        List<Language> within = new ArrayList<>(languages.stream().filter(l -> l.within(range)).toList());
        if (within.remove(range)) {
            within.addFirst(range);
        }
        return List.copyOf(within);
    }

    /** The language within {@code range} a unit has text in (the range itself first), else the range. */
    public Language writtenIn(TranslationUnit unit, Language range) {
        return languagesWithin(range).stream().filter(l -> unit.text(l) != null).findFirst().orElse(range);
    }

    void requireLanguage(Language language) {
        if (languagesWithin(language).isEmpty()) {
            throw new IllegalArgumentException("the index has no " + language + " text (it has "
                    + languages.stream().map(Language::tag).toList() + ")");
        }
    }

    TranslationUnit unit(int doc) throws IOException {
        Document stored = searcher.storedFields().document(doc);
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        for (String tag : stored.get(UnitFields.LANGUAGE_ORDER).split(" ")) {
            Language language = Language.of(tag);
            variants.put(language, stored.get(UnitFields.text(language)));
        }
        return new TranslationUnit(stored.get(UnitFields.ID), stored.get(UnitFields.COLLECTION),
                stored.get(UnitFields.DOCUMENT), variants, stored.get(UnitFields.BEAD),
                stored.getField(UnitFields.CONFIDENCE).numericValue().doubleValue());
    }

    /**
     * Where {@code query} matches {@code text} as the index would see it in {@code field}, as Lucene's own Matches
     * API reports it on a one-document in-memory index of that text: a phrase is one span from its first word to its
     * last, a word excluded by the query is never marked, and a word the query names elsewhere is marked only where
     * the query matches. In text order; empty when the query does not match this text. For an index written
     * without offsets ({@link Marks} reads the others' postings).
     */
    List<Span> matches(Query query, String field, String text) {
        org.apache.lucene.index.memory.MemoryIndex memory = new org.apache.lucene.index.memory.MemoryIndex(true, false);
        memory.addField(field, text, analyzers);
        IndexSearcher one = memory.createSearcher();
        List<Span> spans = new ArrayList<>();
        try {
            org.apache.lucene.search.Weight weight = one.createWeight(one.rewrite(query),
                    org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
            org.apache.lucene.search.Matches matches = weight.matches(one.getIndexReader().leaves().getFirst(), 0);
            org.apache.lucene.search.MatchesIterator each = matches == null ? null : matches.getMatches(field);
            while (each != null && each.next()) {
                if (each.startOffset() >= 0) {
                    spans.add(new Span(each.startOffset(), each.endOffset()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark matches: " + e.getMessage(), e);
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return spans;
    }

    /** A word as an analyzer sees it: its indexed form and where it is in the text. */
    record Token(String term, Span span) {
    }

    static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), new Span(offset.startOffset(), offset.endOffset())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
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
