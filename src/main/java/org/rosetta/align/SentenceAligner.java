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
}
