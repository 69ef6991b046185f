package org.rosetta.ingest;

import org.rosetta.model.Document;

import java.util.List;

/** A document as read, with what the reader noticed on the way (guessed encoding, script mismatch). */
public record Ingested(Document document, List<String> warnings) {

    public Ingested {
        warnings = List.copyOf(warnings);
    }
}
