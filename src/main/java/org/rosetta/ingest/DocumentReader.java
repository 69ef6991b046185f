package org.rosetta.ingest;

import org.rosetta.model.InputException;
import java.util.List;

/**
 * Splits decoded text of one format into raw blocks with source offsets. Implementations are stateless and
 * thread-safe; on input they cannot use they throw {@link InputException} naming {@code where}.
 */
interface DocumentReader {

    List<RawBlock> read(String source, String where);

    /**
     * Whether the format's paragraph breaks and headings are the author's (HTML's {@code <p>} and {@code <h2>}), so
     * {@link Cleanup#REJOIN} and {@link Cleanup#HEADINGS} leave them alone; blank lines of scraped text often are
     * not, and plain text marks no headings.
     */
    default boolean authorParagraphs() {
        return false;
    }
}
