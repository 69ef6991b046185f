package org.rosetta.ingest;

import org.rosetta.model.Document;
import org.rosetta.model.Language;

/**
 * Turns decoded text of one format into a {@link Document}. Implementations are stateless and thread-safe; on input
 * they cannot use they throw {@link InputException} naming {@code source}.
 */
public interface DocumentReader {

    Document read(String text, String id, Language language, String source);
}
