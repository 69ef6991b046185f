package org.rosetta.corpus;

import java.time.Duration;
import java.util.List;

/**
 * What a build did: one report per collection, in name order, warnings about folders of {@code corpus/} that were
 * not read, and the wall time.
 */
public record BuildReport(List<CollectionReport> collections, List<String> warnings, Duration elapsed) {

    public BuildReport {
        collections = List.copyOf(collections);
        warnings = List.copyOf(warnings);
    }

    /** Every failure of every collection, each line naming the file or collection. */
    public List<String> failures() {
        return collections.stream().flatMap(c -> c.failures().stream()).toList();
    }
}
