package org.rosetta.align;

import org.rosetta.model.Bead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A piece of a constrained pair's grid: either a fixed link of {@link Constraints}, or the rectangle between two
 * links (or a link and a document's edge), which is searched on its own. The optimal path forced through the links
 * is the optimal paths of the rectangles joined by the links, so nothing is lost by searching them apart.
 *
 * @param fixed the link this piece is; empty for a rectangle to search
 */
record Stretch(int sourceFrom, int sourceTo, int targetFrom, int targetTo, Optional<Bead> fixed) {

    int sources() {
        return sourceTo - sourceFrom;
    }

    int targets() {
        return targetTo - targetFrom;
    }

    /** The pieces of an {@code n} x {@code m} grid, in order; empty rectangles are left out. */
    static List<Stretch> of(int n, int m, Constraints constraints) {
        List<Stretch> stretches = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Bead link : constraints.links()) {
            if (link.sourceStart() > i || link.targetStart() > j) {
                stretches.add(new Stretch(i, link.sourceStart(), j, link.targetStart(), Optional.empty()));
            }
            stretches.add(new Stretch(link.sourceStart(), link.sourceEnd(), link.targetStart(), link.targetEnd(),
                    Optional.of(new Bead(link.sourceStart(), link.sourceEnd(), link.targetStart(), link.targetEnd(),
                            1.0))));
            i = link.sourceEnd();
            j = link.targetEnd();
        }
        if (i < n || j < m || stretches.isEmpty()) {
            stretches.add(new Stretch(i, n, j, m, Optional.empty()));
        }
        return stretches;
    }

    /** A bead of this rectangle's own coordinates moved to the document's. */
    Bead toDocument(Bead local) {
        return new Bead(local.sourceStart() + sourceFrom, local.sourceEnd() + sourceFrom,
                local.targetStart() + targetFrom, local.targetEnd() + targetFrom, local.confidence());
    }

    /** A bead of the document's coordinates, inside this rectangle, in the rectangle's own. */
    Bead toLocal(Bead bead) {
        return new Bead(bead.sourceStart() - sourceFrom, bead.sourceEnd() - sourceFrom,
                bead.targetStart() - targetFrom, bead.targetEnd() - targetFrom, bead.confidence());
    }
}
