package org.rosetta.model;

import java.util.List;

/**
 * A document split into sentences. Segments are in text order, numbered from 0 without gaps, and never overlap.
 */
public record SegmentedDocument(Document document, List<Segment> segments) {

    public SegmentedDocument {
        segments = List.copyOf(segments);
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).index() != i) {
                throw new IllegalArgumentException("segments of " + document.source() + " are not numbered in order");
            }
        }
    }

    public Language language() {
        return document.language();
    }

    public int size() {
        return segments.size();
    }

    public String text(int segment) {
        return document.textOf(segments.get(segment).span());
    }

    /** The text of sentences {@code [from, to)} joined by a space. */
    public String text(int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                joined.append(' ');
            }
            joined.append(text(i));
        }
        return joined.toString();
    }
}
