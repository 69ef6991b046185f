package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.SegmentedDocument;

/**
 * Aligns the sentences of two language versions of a document. The result covers every sentence of both, in order
 * (see {@link Alignment}). Implementations are thread-safe.
 */
public interface SentenceAligner {

    Alignment align(SegmentedDocument source, SegmentedDocument target);

    /**
     * Aligns several pairs of the same two languages, in the given order. An aligner that learns from the text may
     * learn from all of them together; by default each pair is aligned on its own.
     */
    default java.util.List<Alignment> alignAll(java.util.List<DocumentPair> pairs) {
        return pairs.stream().map(pair -> align(pair.source(), pair.target())).toList();
    }

    /**
     * Aligns groups of pairs of documents of one kind, each group of one language pair, in the given order. An
     * aligner that learns from the text may learn what does not depend on the languages from all of them; by
     * default each group is aligned on its own ({@link #alignAll}).
     */
    default java.util.List<java.util.List<Alignment>> alignGroups(
            java.util.List<java.util.List<DocumentPair>> groups) {
        return groups.stream().map(this::alignAll).toList();
    }
}
