package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.SegmentedDocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Gale-Church style alignment: dynamic programming over bead shapes ({@link BeadShape}) with a cost of
 * {@code -log prior(shape) - log P(length difference)} plus {@link StructureScorer}'s paragraph penalties.
 *
 * <p>The search runs in a band around the diagonal, widened and rerun whenever the best path touches the band's
 * edge, so time and memory grow linearly with document length for documents that are translations of each other.
 *
 * <p>Confidence: the length model's tail probability for the bead (1 when lengths agree exactly, falling as they
 * disagree), times the structure factor; {@value #NULL_CONFIDENCE} for beads with an empty side, which carry no
 * length evidence. Thread-safe.
 */
public final class LengthAligner implements SentenceAligner {

    static final double NULL_CONFIDENCE = 0.5;
    private static final int INITIAL_BAND = 32;

    @Override
    public Alignment align(SegmentedDocument source, SegmentedDocument target) {
        int n = source.size();
        int m = target.size();
        if (n == 0 || m == 0) {
            return new Alignment(source, target, onlyNulls(n, m));
        }
        BeadCosts costs = new BeadCosts(source, target);
        double slope = Math.max((double) m / n, (double) n / m);
        int band = (int) Math.max(INITIAL_BAND, 2 * Math.ceil(slope) + 4);
        while (true) {
            Band grid = new Band(n, m, band);
            BandSearch.Result result = BandSearch.run(grid, costs);
            if (!result.touchesEdge() || band >= Math.max(n, m)) {
                return new Alignment(source, target, result.beads());
            }
            band *= 2;
        }
    }

    private static List<Bead> onlyNulls(int n, int m) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            beads.add(new Bead(i, i + 1, 0, 0, NULL_CONFIDENCE));
        }
        for (int j = 0; j < m; j++) {
            beads.add(new Bead(n, n, j, j + 1, NULL_CONFIDENCE));
        }
        return Collections.unmodifiableList(beads);
    }
}
