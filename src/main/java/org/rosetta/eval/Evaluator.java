package org.rosetta.eval;

import org.rosetta.align.SentenceAligner;
import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;

import java.util.ArrayList;
import java.util.List;

/** Aligns every document of a gold set with an aligner and scores the result. Thread-safe if the aligner is. */
public final class Evaluator {

    private final SentenceAligner aligner;

    public Evaluator(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    public SetResult evaluate(GoldSet set) {
        List<Scorer.Pair> pairs = new ArrayList<>();
        List<List<Bead>> outputs = new ArrayList<>();
        for (GoldDocument document : set.documents()) {
            Alignment alignment = aligner.align(document.source(), document.target());
            outputs.add(alignment.beads());
            pairs.add(new Scorer.Pair(alignment.beads().stream().map(BeadFormat::of).toList(), document.gold()));
        }
        return new SetResult(set, Scorer.score(pairs), outputs);
    }
}
