package org.rosetta.eval;

import org.rosetta.model.SegmentedDocument;

import java.util.List;

/** One document of a gold set: both sides as sentences (one per line of the set's files) and the gold beads. */
public record GoldDocument(String name, SegmentedDocument source, SegmentedDocument target, List<GoldBead> gold) {

    public GoldDocument {
        gold = List.copyOf(gold);
    }
}
