package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

/**
 * Two language versions of one document, to be aligned source to target, and what a person fixed in their
 * alignment.
 */
public record DocumentPair(SegmentedDocument source, SegmentedDocument target, Constraints constraints) {

    public DocumentPair {
        if (!constraints.fits(source.size(), target.size())) {
            throw new IllegalArgumentException("constraints reach past the documents " + source.document().id());
        }
    }

    public DocumentPair(SegmentedDocument source, SegmentedDocument target) {
        this(source, target, Constraints.none());
    }
}
