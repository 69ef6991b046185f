package org.rosetta.segment;

import org.rosetta.model.Document;
import org.rosetta.model.SegmentedDocument;

/**
 * Splits a document into sentences. A sentence never crosses a block boundary; spans are trimmed of white space,
 * ordered, non-overlapping and inside the document text. Implementations are thread-safe.
 */
public interface SentenceSegmenter {

    SegmentedDocument segment(Document document);
}
