package org.rosetta.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How the gold of a set whose lines carry paragraph ids ({@code NAME.L1.ids}, the UDHR's) is read. Such gold is made
 * of whole paragraphs, so a correct one-to-one bead inside a paragraph scores as wrong under strict scoring;
 * {@code shared/eval/README.md} offers rebuilding the gold from the ids instead.
 */
public enum ParagraphGold {

    /** As written: each bead a paragraph. */
    AS_WRITTEN,
    /**
     * A bead with as many sentences on both sides (two or more) read as one-to-one beads, first with first, as the
     * short-udhr gold was built; other beads as written.
     */
    SENTENCES;

    /** {@code beads} read this way. */
    List<GoldBead> read(List<GoldBead> beads) {
        if (this == AS_WRITTEN) {
            return beads;
        }
        List<GoldBead> read = new ArrayList<>();
        for (GoldBead bead : beads) {
            if (bead.source().size() > 1 && bead.source().size() == bead.target().size()) {
                for (int k = 0; k < bead.source().size(); k++) {
                    read.add(new GoldBead(List.of(bead.source().get(k)), List.of(bead.target().get(k))));
                }
            } else {
                read.add(bead);
            }
        }
        return read;
    }
}
