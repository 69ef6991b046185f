package org.rosetta.corpus;

import java.nio.file.Path;

/** What an import did: the collection it made, how many units, and its TMX. */
public record ImportReport(String collection, int units, Path tmx) {

    /** The two passes of an import, in order, each counting the units from the first. */
    public enum Pass {
        /** Reading the file and writing the collection's TMX. */
        TMX,
        /** Indexing the TMX just written. */
        INDEX
    }
}
