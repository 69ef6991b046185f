package org.rosetta.align;

import org.junit.jupiter.api.Test;
import org.rosetta.TestData;
import org.rosetta.model.MultiAlignment;
import org.rosetta.model.SegmentedDocument;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PivotCheckTest {

    private final SignalAligner aligner = new SignalAligner();

    @Test
    void udhrDirectLinksRarelyDisagreeWithThePivot() {
        MultiAlignment multi = new PivotAligner(aligner).align(TestData.segmentedUdhr("en"),
                List.of("ar", "de", "fr", "fa").stream().map(TestData::segmentedUdhr).toList());
        PivotCheck.Report report = new PivotCheck(aligner).check(multi);
        assertThat(report.checked()).isGreaterThan(500); // 6 pairs of about 100 beads
        assertThat(report.disagreements().size()).isLessThan(report.checked() / 50);
    }

    @Test
    void aBrokenPivotIsCaught() {
        // German used as if it were a version of the French: every other pair disagrees with it.
        SegmentedDocument french = TestData.segmentedUdhr("fr");
        SegmentedDocument shiftedGerman = TestData.segmentedUdhr("de");
        MultiAlignment multi = new PivotAligner((s, t) -> new SignalAligner().align(s, t))
                .align(french, List.of(TestData.segmentedUdhr("en"), shiftedGerman));
        PivotCheck.Report honest = new PivotCheck(aligner).check(multi);
        PivotCheck.Report skewed = new PivotCheck((s, t) -> shifted(aligner.align(s, t)))
                .check(multi);
        assertThat(skewed.disagreements().size()).isGreaterThan(honest.disagreements().size() + 50);
    }

    /** The same beads with the target side moved on by one sentence where possible: a wrong direct alignment. */
    private static org.rosetta.model.Alignment shifted(org.rosetta.model.Alignment alignment) {
        List<org.rosetta.model.Bead> beads = alignment.beads();
        List<org.rosetta.model.Bead> moved = new java.util.ArrayList<>();
        moved.add(new org.rosetta.model.Bead(0, 0, 0, 1, 0.5));
        int m = alignment.target().size();
        for (org.rosetta.model.Bead b : beads) {
            int start = Math.min(m, b.targetStart() + 1);
            int end = Math.min(m, b.targetEnd() + 1);
            if (b.sourceCount() > 0 || end > start) {
                moved.add(new org.rosetta.model.Bead(b.sourceStart(), b.sourceEnd(), start, end, b.confidence()));
            }
        }
        return new org.rosetta.model.Alignment(alignment.source(), alignment.target(), merge(moved));
    }

    private static List<org.rosetta.model.Bead> merge(List<org.rosetta.model.Bead> beads) {
        List<org.rosetta.model.Bead> out = new java.util.ArrayList<>();
        int t = 0;
        for (org.rosetta.model.Bead b : beads) {
            int start = Math.max(t, b.targetStart());
            int end = Math.max(start, b.targetEnd());
            if (b.sourceCount() > 0 || end > start) {
                out.add(new org.rosetta.model.Bead(b.sourceStart(), b.sourceEnd(), start, end, b.confidence()));
            }
            t = end;
        }
        return out;
    }
}
