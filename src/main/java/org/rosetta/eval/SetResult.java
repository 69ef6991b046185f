package org.rosetta.eval;

import org.rosetta.model.Bead;

import java.util.List;

/** A gold set aligned and scored: the scores, and each document's aligner beads in document order. */
public record SetResult(GoldSet set, Scores scores, List<List<Bead>> alignments) {

    public SetResult {
        alignments = List.copyOf(alignments);
    }
}
