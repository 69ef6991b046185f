package org.rosetta.exchange;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: units read from the collection, units written, and the files, in writing order. */
public record ExportReport(int read, int written, List<Path> files) {

    /** How often, in units read, an export (or an import) tells its progress listener. */
    public static final int PROGRESS_EVERY = 1_000;

    public ExportReport {
        files = List.copyOf(files);
    }

    /** Tells {@code unitsRead} the count every {@link #PROGRESS_EVERY} units. */
    public static void tell(java.util.function.LongConsumer unitsRead, long read) {
        if (read % PROGRESS_EVERY == 0) {
            unitsRead.accept(read);
        }
    }
}
