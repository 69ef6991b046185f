package org.rosetta.align;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A pinned pair (source 2, target 3) in documents of 5 and 6 sentences; beads end at (i, j). */
class PinTermTest {

    private final PinTerm pins = new PinTerm(List.of(new AnchorPath.Point(2, 3)), 5, 6);

    @Test
    void aBeadHoldingBothPinnedSentencesCostsNothingWhateverItsShape() {
        assertThat(pins.cost(BeadShape.ONE_ONE, 3, 4)).isZero();
        assertThat(pins.cost(BeadShape.TWO_ONE, 3, 4)).isZero();
        assertThat(pins.cost(BeadShape.ONE_TWO, 3, 5)).isZero();
        assertThat(pins.cost(BeadShape.ONE_ONE, 2, 2)).isZero(); // holds neither
    }

    @Test
    void aBeadHoldingOnlyOneOfThemIsImpossible() {
        assertThat(pins.cost(BeadShape.ONE_ONE, 3, 3)).isInfinite(); // source 2 with target 2
        assertThat(pins.cost(BeadShape.ONE_ONE, 2, 4)).isInfinite(); // source 1 with target 3
        assertThat(pins.cost(BeadShape.ONE_ZERO, 3, 3)).isInfinite(); // source 2 left out
        assertThat(pins.cost(BeadShape.ZERO_ONE, 2, 4)).isInfinite(); // target 3 left out
    }
}
