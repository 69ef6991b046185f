package org.rosetta.align;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cells a search may visit around a centre path, and the beads it is asked to reach besides. */
class BandTest {

    private final int[] diagonal = Band.diagonal(40, 40);

    /**
     * A refining pass that must reach an anchor 15 sentences left of its centre path: the band holds the anchor's
     * bead, every row before it reaches back to the anchor's column and every row after it forward to it, so that a
     * monotone path through the anchor exists; rows beyond the detour keep their width.
     */
    @Test
    void aBeadLeftOfTheCentreIsReachedWithTheRowsAPathToItNeeds() {
        Band band = new Band(40, 40, 3, diagonal, List.of(new AnchorPath.Point(20, 5)));
        assertThat(new Band(40, 40, 3, diagonal).contains(20, 5)).isFalse();

        assertThat(band.contains(20, 5)).isTrue();
        assertThat(band.contains(21, 6)).isTrue();
        for (int i = 0; i <= 20; i++) {
            assertThat(band.low(i)).as("row %d", i).isLessThanOrEqualTo(5);
        }
        for (int i = 21; i <= 40; i++) {
            assertThat(band.high(i)).as("row %d", i).isGreaterThanOrEqualTo(6);
        }
        assertThat(band.low(2)).isZero();
        assertThat(band.low(30)).isEqualTo(27);
        assertThat(band.high(10)).isEqualTo(13);
    }

    /** The same to the right of the centre, and an anchor outside the grid changes nothing. */
    @Test
    void aBeadRightOfTheCentreIsReachedAndOneOutsideTheGridIgnored() {
        Band band = new Band(40, 40, 3, diagonal, List.of(new AnchorPath.Point(5, 30), new AnchorPath.Point(40, 2)));
        assertThat(band.contains(5, 30)).isTrue();
        assertThat(band.contains(6, 31)).isTrue();
        for (int i = 6; i <= 40; i++) {
            assertThat(band.high(i)).as("row %d", i).isGreaterThanOrEqualTo(31);
        }
        assertThat(band.high(4)).isEqualTo(7);
        assertThat(band.size()).isEqualTo(new Band(40, 40, 3, diagonal, List.of(new AnchorPath.Point(5, 30))).size());
    }
}
