package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.Language;
import org.rosetta.model.MultiAlignment;
import org.rosetta.model.MultiBead;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Aligns several language versions of a document through a pivot: every other version is aligned to the pivot with
 * a {@link SentenceAligner}, and the pairwise beads are merged at the pivot positions where every pair has a bead
 * boundary. A bead with no pivot sentence joins the multilingual bead of the pivot-side bead before it.
 * Thread-safe if the pairwise aligner is.
 */
public final class PivotAligner {

    private final SentenceAligner pairwise;

    public PivotAligner(SentenceAligner pairwise) {
        this.pairwise = pairwise;
    }

    /** Aligns {@code others} to {@code pivot}; the result lists the pivot first, then the others in given order. */
    public MultiAlignment align(SegmentedDocument pivot, List<SegmentedDocument> others) {
        List<Alignment> pairs = others.stream().map(other -> pairwise.align(pivot, other)).toList();
        int[] cuts = commonCuts(pivot.size(), pairs);
        List<SequencedMap<Language, Span>> ranges = new ArrayList<>();
        double[] confidence = new double[cuts.length - 1];
        java.util.Arrays.fill(confidence, 1.0);
        for (int u = 0; u + 1 < cuts.length; u++) {
            SequencedMap<Language, Span> unit = new LinkedHashMap<>();
            unit.put(pivot.language(), new Span(cuts[u], cuts[u + 1]));
            ranges.add(unit);
        }
        for (Alignment pair : pairs) {
            assign(pair, cuts, ranges, confidence);
        }
        List<MultiBead> beads = new ArrayList<>();
        for (int u = 0; u < ranges.size(); u++) {
            beads.add(new MultiBead(ranges.get(u), confidence[u]));
        }
        List<SegmentedDocument> documents = new ArrayList<>();
        documents.add(pivot);
        documents.addAll(others);
        return new MultiAlignment(documents, beads);
    }

    /** Pivot positions where every pairwise alignment has a bead boundary, from 0 to the pivot's size. */
    private static int[] commonCuts(int pivotSize, List<Alignment> pairs) {
        if (pivotSize == 0) {
            return new int[] {0, 0};
        }
        BitSet common = new BitSet(pivotSize + 1);
        common.set(1, pivotSize + 1);
        for (Alignment pair : pairs) {
            BitSet cuts = new BitSet(pivotSize + 1);
            for (Bead bead : pair.beads()) {
                cuts.set(bead.sourceEnd());
            }
            common.and(cuts);
        }
        common.set(0);
        common.set(pivotSize);
        return common.stream().toArray();
    }

    private static void assign(Alignment pair, int[] cuts, List<SequencedMap<Language, Span>> ranges,
                               double[] confidence) {
        int units = ranges.size();
        int[] start = new int[units];
        int[] end = new int[units];
        java.util.Arrays.fill(start, -1);
        int unit = 0;
        for (Bead bead : pair.beads()) {
            if (bead.sourceCount() > 0) {
                while (unit + 1 < units && bead.sourceStart() >= cuts[unit + 1]) {
                    unit++;
                }
            }
            if (start[unit] < 0) {
                start[unit] = bead.targetStart();
            }
            end[unit] = bead.targetEnd();
            confidence[unit] = Math.min(confidence[unit], bead.confidence());
        }
        int previousEnd = 0;
        for (int u = 0; u < units; u++) {
            Span span = start[u] < 0 ? new Span(previousEnd, previousEnd) : new Span(start[u], end[u]);
            ranges.get(u).put(pair.target().language(), span);
            previousEnd = span.end();
        }
    }
}
