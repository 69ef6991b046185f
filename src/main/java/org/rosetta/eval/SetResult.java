package org.rosetta.eval;

import org.rosetta.model.Bead;

import java.util.List;

/**
 * A gold set aligned and scored: the scores pooled over its documents (as {@code score.py} pools them), the
 * calibration of the confidences, and per document (in the set's order) its scores and aligner beads.
 */
public record SetResult(GoldSet set, Scores scores, Calibration calibration, List<Scores> documentScores,
                        List<List<Bead>> alignments) {

    public SetResult {
        documentScores = List.copyOf(documentScores);
        alignments = List.copyOf(alignments);
    }
}
