package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;

import java.util.ArrayList;
import java.util.List;

/**
 * The best path of a document pair under its {@link Constraints}, and its beads' confidences: each {@link Stretch}
 * between fixed links is searched (and its posteriors summed) on its own with the pair's costs; fixed links and
 * alone sentences are certain (confidence 1). Without constraints this is one search over the whole grid.
 */
final class PathSearch {

    private PathSearch() {
    }

    /**
     * The best path through a band around {@code centre} ({@code centre[i]}: the target position expected at source
     * position i), widened while the path touches the band's edge. Searched beads carry no confidence yet (0).
     */
    static Alignment best(DocumentPair pair, BeadCosts costs, int[] centre, int initialWidth) {
        int n = pair.source().size();
        int m = pair.target().size();
        List<Bead> beads = new ArrayList<>();
        for (Stretch stretch : Stretch.of(n, m, pair.constraints())) {
            if (stretch.fixed().isPresent()) {
                beads.add(stretch.fixed().get());
            } else if (stretch.sources() == 0 || stretch.targets() == 0) {
                onlyNulls(stretch.sources(), stretch.targets()).forEach(b -> beads.add(stretch.toDocument(b)));
            } else {
                searchRectangle(stretch, costs.window(stretch.sourceFrom(), stretch.targetFrom()), centre,
                        initialWidth).forEach(b -> beads.add(stretch.toDocument(b)));
            }
        }
        return new Alignment(pair.source(), pair.target(), beads);
    }

    /** {@code best}'s beads with their confidence: posteriors within each stretch, 1 where a person fixed it. */
    static List<Bead> withConfidence(DocumentPair pair, BeadCosts costs, Alignment best) {
        Constraints constraints = pair.constraints();
        List<Bead> scored = new ArrayList<>(best.beads().size());
        int next = 0;
        for (Stretch stretch : Stretch.of(best.source().size(), best.target().size(), constraints)) {
            List<Bead> inside = new ArrayList<>();
            while (next < best.beads().size() && within(best.beads().get(next), stretch)) {
                inside.add(stretch.toLocal(best.beads().get(next++)));
            }
            List<Bead> local = stretch.fixed().isPresent() || stretch.sources() == 0 || stretch.targets() == 0
                    ? inside.stream().map(PathSearch::certain).toList()
                    : Posteriors.of(costs.window(stretch.sourceFrom(), stretch.targetFrom()), inside,
                            stretch.sources(), stretch.targets());
            local.forEach(b -> scored.add(stretch.toDocument(b)));
        }
        return scored.stream().map(b -> isAlone(b, constraints) ? certain(b) : b).toList();
    }

    private static List<Bead> searchRectangle(Stretch stretch, BeadCosts costs, int[] centre, int initialWidth) {
        int n = stretch.sources();
        int m = stretch.targets();
        int[] local = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            local[i] = Math.clamp(centre[i + stretch.sourceFrom()] - stretch.targetFrom(), 0, m);
        }
        int slope = (int) Math.ceil(Math.max((double) m / n, (double) n / m));
        for (int width = Math.max(initialWidth, 2 * slope + 4); ; width *= 2) {
            BandSearch.Result result = BandSearch.run(new Band(n, m, width, local), costs);
            if (!result.touchesEdge() || width >= Math.max(n, m)) {
                return result.beads();
            }
        }
    }

    /** One omission bead per sentence: the alignment of a grid with an empty side, or of an empty pair. */
    static List<Bead> onlyNulls(int n, int m) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            beads.add(new Bead(i, i + 1, 0, 0, 1.0));
        }
        for (int j = 0; j < m; j++) {
            beads.add(new Bead(n, n, j, j + 1, 1.0));
        }
        return beads;
    }

    private static boolean within(Bead bead, Stretch stretch) {
        return bead.sourceStart() >= stretch.sourceFrom() && bead.sourceEnd() <= stretch.sourceTo()
                && bead.targetStart() >= stretch.targetFrom() && bead.targetEnd() <= stretch.targetTo();
    }

    private static boolean isAlone(Bead bead, Constraints constraints) {
        return (bead.targetCount() == 0 && constraints.aloneSource().contains(bead.sourceStart()))
                || (bead.sourceCount() == 0 && constraints.aloneTarget().contains(bead.targetStart()));
    }

    private static Bead certain(Bead bead) {
        return new Bead(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd(), 1.0);
    }
}
