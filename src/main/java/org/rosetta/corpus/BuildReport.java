package org.rosetta.corpus;

import java.time.Duration;
import java.util.List;

/** What a build did: one report per collection, in name order, and the wall time. */
public record BuildReport(List<CollectionReport> collections, Duration elapsed) {

    public BuildReport {
        collections = List.copyOf(collections);
    }
}
