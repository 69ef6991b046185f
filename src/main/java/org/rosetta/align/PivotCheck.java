package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.Language;
import org.rosetta.model.MultiAlignment;
import org.rosetta.model.MultiBead;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Where pivot-based links disagree with direct ones: every pair of non-pivot versions is aligned directly, and a
 * direct bead disagrees when its sentences on the two sides fall into different multilingual beads of the pivot
 * alignment. Disagreements are where a translator should look: one of the two alignments is wrong there.
 * Thread-safe if the aligner is.
 */
public final class PivotCheck {

    /**
     * A direct bead of {@code first}-{@code second} that the pivot alignment splits across units, with the
     * sentences it links on each side (joined by a space).
     */
    public record Disagreement(Language first, Language second, Bead direct, String firstText, String secondText) {
    }

    /** The document, how many direct beads were checked, and the ones that disagree, pair by pair. */
    public record Report(String document, int checked, List<Disagreement> disagreements) {

        public Report {
            disagreements = List.copyOf(disagreements);
        }
    }

    private final SentenceAligner aligner;

    public PivotCheck(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    public Report check(MultiAlignment multi) {
        List<SegmentedDocument> others = multi.documents().subList(1, multi.documents().size());
        List<Disagreement> disagreements = new ArrayList<>();
        int checked = 0;
        for (int a = 0; a < others.size(); a++) {
            for (int b = a + 1; b < others.size(); b++) {
                SegmentedDocument first = others.get(a);
                SegmentedDocument second = others.get(b);
                int[] firstUnit = unitOf(multi, first);
                int[] secondUnit = unitOf(multi, second);
                Alignment direct = aligner.align(first, second);
                for (Bead bead : direct.beads()) {
                    if (bead.sourceCount() == 0 || bead.targetCount() == 0) {
                        continue;
                    }
                    checked++;
                    if (firstUnit[bead.sourceStart()] != secondUnit[bead.targetStart()]) {
                        disagreements.add(new Disagreement(first.language(), second.language(), bead,
                                first.text(bead.sourceStart(), bead.sourceEnd()),
                                second.text(bead.targetStart(), bead.targetEnd())));
                    }
                }
            }
        }
        return new Report(multi.pivot().document().id(), checked, disagreements);
    }

    /** unit[k] = the index of the multilingual bead holding sentence k of {@code version}. */
    private static int[] unitOf(MultiAlignment multi, SegmentedDocument version) {
        int[] unit = new int[version.size()];
        List<MultiBead> beads = multi.beads();
        for (int u = 0; u < beads.size(); u++) {
            Span range = beads.get(u).sentences().get(version.language());
            for (int k = range.start(); k < range.end(); k++) {
                unit[k] = u;
            }
        }
        return unit;
    }
}
