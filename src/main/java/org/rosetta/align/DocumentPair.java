package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

/** Two language versions of one document, to be aligned source to target. */
public record DocumentPair(SegmentedDocument source, SegmentedDocument target) {
}
