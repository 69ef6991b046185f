package org.rosetta.model;

import java.util.List;

/**
 * A sentence alignment of two documents. The beads are in order and cover every sentence of both documents exactly
 * once: the first starts at 0:0, each starts where the previous ended, the last ends at the two sizes.
 */
public record Alignment(SegmentedDocument source, SegmentedDocument target, List<Bead> beads) {

    public Alignment {
        beads = List.copyOf(beads);
        int s = 0;
        int t = 0;
        for (Bead bead : beads) {
            if (bead.sourceStart() != s || bead.targetStart() != t) {
                throw new IllegalArgumentException("beads leave a gap or overlap at " + s + ":" + t);
            }
            s = bead.sourceEnd();
            t = bead.targetEnd();
        }
        if (s != source.size() || t != target.size()) {
            throw new IllegalArgumentException("beads end at " + s + ":" + t + ", not at "
                    + source.size() + ":" + target.size());
        }
    }
}
