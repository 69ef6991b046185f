package org.rosetta.query;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.rosetta.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a query matches the units it found, from Lucene's Matches API on the index itself: the query is prepared
 * once, and each hit's field is read from its postings (the text fields are indexed with offsets), so nothing is
 * analysed again. A phrase is one span from its first word to its last; a word the query excludes is never marked;
 * in a query across languages, each language's text is marked where its part of the query matches. An index
 * written before offsets were indexed is marked as before, by a one-document index of the text. Spans in text
 * order. Not thread-safe; one per query.
 */
final class Marks {

    private final UnitIndex index;
    private final Query query;
    private final Weight weight;
    private final List<LeafReaderContext> leaves;

    Marks(UnitIndex index, Query query) {
        this.index = index;
        this.query = query;
        IndexSearcher searcher = index.searcher();
        try {
            this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark matches: " + e.getMessage(), e);
        }
        this.leaves = searcher.getIndexReader().leaves();
    }

    /** The spans of {@code text}, the stored text of {@code field} in document {@code doc}, that the query matches. */
    List<Span> of(int doc, String field, String text) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
        if (info == null) {
            return List.of();
        }
        if (info.getIndexOptions() != IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) {
            return index.matches(query, field, text);
        }
        List<Span> spans = new ArrayList<>();
        try {
            Matches matches = weight.matches(leaf, doc - leaf.docBase);
            MatchesIterator each = matches == null ? null : matches.getMatches(field);
            while (each != null && each.next()) {
                if (each.startOffset() >= 0) {
                    spans.add(new Span(each.startOffset(), each.endOffset()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark matches: " + e.getMessage(), e);
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }
}
