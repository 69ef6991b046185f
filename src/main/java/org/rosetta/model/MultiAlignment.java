package org.rosetta.model;

import java.util.List;

/**
 * The alignment of several language versions of one document through a pivot. {@code documents} starts with the
 * pivot; beads are in document order and, per language, cover every sentence exactly once.
 */
public record MultiAlignment(List<SegmentedDocument> documents, List<MultiBead> beads) {

    public MultiAlignment {
        documents = List.copyOf(documents);
        beads = List.copyOf(beads);
    }

    public SegmentedDocument pivot() {
        return documents.getFirst();
    }

    public SegmentedDocument document(Language language) {
        return documents.stream().filter(d -> d.language().equals(language)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + language + " version"));
    }
}
