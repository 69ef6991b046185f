package org.rosetta.ingest;

import org.rosetta.model.Document;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A file as read: its documents (one, or several when {@link Cleanup#ARTICLES} split it), the encoding used, what
 * each clean-up step changed, and what the reader noticed (guessed encoding, script mismatch).
 */
public record Ingested(List<Document> documents, String charset, Map<Cleanup, Integer> changes,
                       List<String> warnings) {

    public Ingested {
        documents = List.copyOf(documents);
        changes = Collections.unmodifiableMap(changes.isEmpty() ? new EnumMap<>(Cleanup.class)
                : new EnumMap<>(changes));
        warnings = List.copyOf(warnings);
    }

    /** The first (usually the only) document. */
    public Document document() {
        return documents.getFirst();
    }
}
