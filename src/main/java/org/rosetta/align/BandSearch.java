package org.rosetta.align;

import org.rosetta.model.Bead;
import org.rosetta.model.RosettaException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Minimum-cost path through a {@link Band}, by dynamic programming, and the beads along it. */
final class BandSearch {

    private static final BeadShape[] SHAPES = BeadShape.values();

    record Result(List<Bead> beads, boolean touchesEdge) {
    }

    static Result run(Band band, BeadCosts costs) {
        double[] best = new double[Math.toIntExact(band.size())];
        byte[] step = new byte[best.length];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[band.index(0, 0)] = 0;
        for (int i = 0; i < band.rows; i++) {
            if ((i & 1023) == 0) {
                RosettaException.checkCancelled();
            }
            for (int j = band.low(i); j <= band.high(i); j++) {
                relax(band, costs, best, step, i, j);
            }
        }
        return backtrack(band, step);
    }

    private static void relax(Band band, BeadCosts costs, double[] best, byte[] step, int i, int j) {
        int cell = band.index(i, j);
        for (BeadShape shape : SHAPES) {
            int pi = i - shape.source;
            int pj = j - shape.target;
            if (!band.contains(pi, pj)) {
                continue;
            }
            double previous = best[band.index(pi, pj)];
            if (previous == Double.POSITIVE_INFINITY) {
                continue;
            }
            double total = previous + costs.cheap(shape, i, j);
            if (total + costs.lexicalLowerBound() >= best[cell]) {
                continue; // even the best lexical evidence could not make this bead win: skip computing it
            }
            total += costs.lexical(shape, i, j);
            if (total < best[cell]) {
                best[cell] = total;
                step[cell] = (byte) shape.ordinal();
            }
        }
    }

    private static Result backtrack(Band band, byte[] step) {
        List<Bead> beads = new ArrayList<>();
        boolean touchesEdge = false;
        int i = band.rows - 1;
        int j = band.columns - 1;
        while (i > 0 || j > 0) {
            touchesEdge |= band.onCutEdge(i, j);
            BeadShape shape = SHAPES[step[band.index(i, j)]];
            if (shape.isNull()) {
                for (int k = Math.max(shape.source, shape.target) - 1; k >= 0; k--) { // one bead per sentence
                    beads.add(shape.source > 0 ? new Bead(i - shape.source + k, i - shape.source + k + 1, j, j, 0)
                            : new Bead(i, i, j - shape.target + k, j - shape.target + k + 1, 0));
                }
            } else {
                beads.add(new Bead(i - shape.source, i, j - shape.target, j, 0)); // confidence: Posteriors
            }

            i -= shape.source;
            j -= shape.target;
        }
        Collections.reverse(beads);
        return new Result(beads, touchesEdge);
    }
}
