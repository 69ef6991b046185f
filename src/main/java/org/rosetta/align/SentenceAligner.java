package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.SegmentedDocument;

/**
 * Aligns the sentences of two language versions of a document. The result covers every sentence of both, in order
 * (see {@link Alignment}). Implementations are thread-safe.
 */
public interface SentenceAligner {

    Alignment align(SegmentedDocument source, SegmentedDocument target);
}
