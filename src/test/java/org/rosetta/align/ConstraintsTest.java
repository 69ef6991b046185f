package org.rosetta.align;

import org.junit.jupiter.api.Test;
import org.rosetta.TestData;
import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.SegmentedDocument;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConstraintsTest {

    private final SignalAligner aligner = new SignalAligner();
    private final SegmentedDocument english = TestData.segmentedUdhr("en");
    private final SegmentedDocument persian = TestData.segmentedUdhr("fa");

    private Alignment aligned(Constraints constraints) {
        return aligner.alignAll(List.of(new DocumentPair(english, persian, constraints))).getFirst();
    }

    @Test
    void fixingBeadsTheAlignerChoseChangesNoOtherBead() {
        Alignment free = aligner.align(english, persian);
        Constraints constraints = Constraints.none();
        for (int k = 10; k < free.beads().size(); k += 17) {
            Bead bead = free.beads().get(k);
            if (bead.sourceCount() > 0 && bead.targetCount() > 0) {
                constraints = constraints.withLink(bead).orElseThrow();
            }
        }
        assertThat(constraints.links()).hasSizeGreaterThan(3);
        Alignment fixed = aligned(constraints);
        assertThat(fixed.beads().stream().map(Bead::type).toList())
                .isEqualTo(free.beads().stream().map(Bead::type).toList());
        for (Bead link : constraints.links()) {
            assertThat(fixed.beads()).contains(new Bead(link.sourceStart(), link.sourceEnd(), link.targetStart(),
                    link.targetEnd(), 1.0));
        }
    }

    @Test
    void aWrongLinkIsKeptAndTheRestAlignedAroundIt() {
        // English 20-21 with Persian 20 alone: a merge the aligner would not make.
        Constraints constraints = Constraints.none().withLink(new Bead(20, 22, 20, 21, 0)).orElseThrow()
                .withAlone(Constraints.Side.TARGET, 30).orElseThrow()
                .withAlone(Constraints.Side.SOURCE, 40).orElseThrow();
        Alignment fixed = aligned(constraints);
        assertThat(fixed.beads()).contains(new Bead(20, 22, 20, 21, 1.0));
        assertThat(fixed.beads()).filteredOn(b -> b.targetStart() == 30 && b.targetCount() == 1).singleElement()
                .satisfies(b -> {
                    assertThat(b.sourceCount()).isZero();
                    assertThat(b.confidence()).isEqualTo(1.0);
                });
        assertThat(fixed.beads()).filteredOn(b -> b.sourceStart() == 40 && b.sourceCount() == 1).singleElement()
                .satisfies(b -> assertThat(b.targetCount()).isZero());
        // after the forced 2-1 the Persian side is one sentence ahead: the aligner catches up, then runs 1-1
        assertThat(fixed.beads()).filteredOn(b -> b.sourceStart() > 45 && b.type().equals("1-1"))
                .hasSizeGreaterThan(20);
    }

    @Test
    void constraintsThatCannotBothHoldAreRefused() {
        Constraints one = Constraints.none().withLink(new Bead(5, 7, 5, 6, 0)).orElseThrow();
        assertThat(one.withLink(new Bead(6, 8, 6, 7, 0))).as("overlap").isEmpty();
        assertThat(one.withLink(new Bead(8, 9, 2, 3, 0))).as("crossing").isEmpty();
        assertThat(one.withAlone(Constraints.Side.SOURCE, 6)).as("alone inside a link").isEmpty();
        assertThat(one.withAlone(Constraints.Side.TARGET, 6)).isPresent();
        assertThatThrownBy(() -> new DocumentPair(english, persian, Constraints.none()
                .withAlone(Constraints.Side.TARGET, 100_000).orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
