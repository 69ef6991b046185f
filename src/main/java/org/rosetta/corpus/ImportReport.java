package org.rosetta.corpus;

import java.nio.file.Path;

/** What an import did: the collection it made, how many units, and its TMX. */
public record ImportReport(String collection, int units, Path tmx) {
}
