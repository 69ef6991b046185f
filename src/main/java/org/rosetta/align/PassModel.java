package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.SegmentedDocument;

import java.util.List;

/**
 * What one pass of the aligner scores beads with: the bead-shape priors, the length model, the evidence of each
 * lexical channel with the log-likelihood table learnt for it ({@code evidence} and {@code models} pair up by
 * position), the anchor points its beads keep together ({@link PinTerm}; the first pass's only), and how it
 * prices two kinds of page furniture in one bead. Immutable.
 */
record PassModel(Priors priors, LengthScorer lengths, List<LexicalEvidence> evidence, List<EvidenceModel> models,
                 List<AnchorPath.Point> pins, FurnitureKinds furniture) {

    PassModel {
        if (evidence.size() != models.size()) {
            throw new IllegalArgumentException("one evidence model per channel");
        }
        evidence = List.copyOf(evidence);
        models = List.copyOf(models);
        pins = List.copyOf(pins);
    }

    /**
     * A later pass's: no pins, so what the words say can part sentences the first pass kept together; two kinds of
     * furniture kept {@link FurnitureKinds#APART}.
     */
    PassModel(Priors priors, LengthScorer lengths, List<LexicalEvidence> evidence, List<EvidenceModel> models) {
        this(priors, lengths, evidence, models, List.of(), FurnitureKinds.APART);
    }

    /**
     * The first pass's: Gale and Church's priors, the length ratio of the two documents' totals, no lexical
     * evidence, {@code pins} (increasing on both sides) kept together, and two kinds of furniture in one bead
     * {@link FurnitureKinds#PRICED}.
     */
    static PassModel initial(SegmentedDocument source, SegmentedDocument target, List<AnchorPath.Point> pins) {
        return new PassModel(Priors.galeChurch(), totals(source, target), List.of(), List.of(), pins,
                FurnitureKinds.PRICED);
    }

    /**
     * The length model a pass learns from the one before: the ratio of the characters in {@code previous}'s beads
     * that have both sides. What one side alone carries (a paragraph the other leaves out, a share block, a label)
     * then does not skew the ratio every translated sentence is judged by, as it skews the documents' totals; where
     * nothing is left out, this is the totals' ratio. The totals' ratio too when no bead has both sides.
     */
    static LengthScorer lengthsOf(Alignment previous) {
        long source = 0;
        long target = 0;
        for (Bead bead : previous.beads()) {
            if (bead.sourceCount() > 0 && bead.targetCount() > 0) {
                source += characters(previous.source(), bead.sourceStart(), bead.sourceEnd());
                target += characters(previous.target(), bead.targetStart(), bead.targetEnd());
            }
        }
        if (source == 0 || target == 0) {
            return totals(previous.source(), previous.target());
        }
        return new LengthScorer(source, target);
    }

    private static LengthScorer totals(SegmentedDocument source, SegmentedDocument target) {
        return new LengthScorer(characters(source, 0, source.size()), characters(target, 0, target.size()));
    }

    private static long characters(SegmentedDocument document, int from, int to) {
        long characters = 0;
        for (int k = from; k < to; k++) {
            characters += document.segments().get(k).span().length();
        }
        return characters;
    }
}
