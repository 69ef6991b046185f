package org.rosetta.exchange;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: units read from the collection, units written, and the files, in writing order. */
public record ExportReport(int read, int written, List<Path> files) {

    public ExportReport {
        files = List.copyOf(files);
    }
}
