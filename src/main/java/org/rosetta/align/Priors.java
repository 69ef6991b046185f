package org.rosetta.align;

import org.rosetta.model.Bead;

import java.util.List;

/**
 * The cost ({@code -log} probability) of each bead shape: Gale and Church's priors to start, then re-estimated
 * from an alignment of the documents themselves, smoothed towards Gale and Church with {@value #PSEUDO_BEADS}
 * pseudo-beads (OCR'd yearbooks have more omissions than parliamentary debates). Immutable.
 */
final class Priors {

    static final double PSEUDO_BEADS = 20;

    private final double[] cost;

    private Priors(double[] cost) {
        this.cost = cost;
    }

    static Priors galeChurch() {
        double[] cost = new double[BeadShape.values().length];
        for (BeadShape shape : BeadShape.values()) {
            cost[shape.ordinal()] = -Math.log(shape.prior);
        }
        return new Priors(cost);
    }

    static Priors estimate(List<Bead> beads) {
        double[] counts = new double[BeadShape.values().length];
        for (Bead bead : beads) {
            BeadShape.of(bead.sourceCount(), bead.targetCount()).ifPresent(shape -> counts[shape.ordinal()]++);
        }
        double total = beads.size() + PSEUDO_BEADS;
        double[] cost = new double[counts.length];
        for (BeadShape shape : BeadShape.values()) {
            cost[shape.ordinal()] = -Math.log((counts[shape.ordinal()] + PSEUDO_BEADS * shape.prior) / total);
        }
        return new Priors(cost);
    }

    double cost(BeadShape shape) {
        return cost[shape.ordinal()];
    }
}
