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
     * Whether the format's paragraph breaks are the author's (HTML's {@code <p>}), so {@link Cleanup#REJOIN} leaves
     * them alone; blank lines of scraped text often are not.
     */
    default boolean authorParagraphs() {
        return false;
    }
}
