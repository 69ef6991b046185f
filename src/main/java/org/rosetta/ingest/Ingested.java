package org.rosetta.ingest;

import org.rosetta.model.Document;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A file as read: its documents (one, or several when {@link Cleanup#ARTICLES} split it), the encoding used, what
 * each clean-up step changed, and what the reader noticed (guessed encoding, script mismatch).
 *
 * @param documents the file's documents in file order
 * @param asWritten the same documents, position for position, without what {@link Cleanup#HEADINGS} inferred:
 *                  the same text and blocks, the inferred titles, headings and link titles read as the paragraphs
 *                  the file wrote (a document in which it inferred none is the same document)
 */
public record Ingested(List<Document> documents, List<Document> asWritten, String charset,
                       Map<Cleanup, Integer> changes, List<String> warnings) {

    public Ingested {
        documents = List.copyOf(documents);
        asWritten = List.copyOf(asWritten);
        if (asWritten.size() != documents.size()) {
            throw new IllegalArgumentException(documents.size() + " documents but " + asWritten.size()
                    + " as written");
        }
        changes = Collections.unmodifiableMap(changes.isEmpty() ? new EnumMap<>(Cleanup.class)
                : new EnumMap<>(changes));
        warnings = List.copyOf(warnings);
    }

    /** The first (usually the only) document. */
    public Document document() {
        return documents.getFirst();
    }
}
