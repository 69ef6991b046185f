package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

/**
 * The cost of a bead, in nats: the sum of its {@link CostTerm}s, each present only when its signal is on. Terms
 * are split in two: the cheap ones (shape prior, length, structure) and the lexical ones, whose lower bounds let
 * the search skip a bead when even the best lexical evidence could not make it win. The total is defined once, as
 * {@link #cheap} plus {@link #lexical}, so the pruning stays right whatever terms are added. A {@link #window}
 * scores the beads of a rectangle of the grid in the rectangle's own coordinates with the same terms, for the
 * stretches between fixed links. Not thread-safe.
 */
final class BeadCosts {

    // Fields of the terms' own classes, not an array of the interface: the search calls them billions of times
    // and each call site then sees one class, which the JIT inlines.
    private final ShapePriorTerm prior;
    private final LengthTerm length;
    private final StructureTerm structure;
    private final LexicalTerm[] lexical;
    private final ConstraintTerm constraints;
    private final PinTerm pins;
    private final double lexicalBound;
    /** Where the window's (0, 0) lies in the document pair's grid. */
    private final int sourceOffset;
    private final int targetOffset;

    /**
     * The terms the settings switch on, with what the pass estimated: priors, length, structure, one lexical term
     * per evidence channel, the pass's pins; and the alone sentences of {@code fixed} as a term.
     */
    BeadCosts(SegmentedDocument source, SegmentedDocument target, AlignerSettings settings, PassModel model,
              Constraints fixed) {
        prior = new ShapePriorTerm(model.priors());
        length = settings.uses(Signal.LENGTH) ? new LengthTerm(source, target, model.lengths()) : null;
        structure = settings.uses(Signal.STRUCTURE) ? new StructureTerm(new StructureScorer(source, target,
                model.furniture())) : null;
        lexical = new LexicalTerm[model.evidence().size()];
        double bound = 0;
        for (int e = 0; e < lexical.length; e++) {
            lexical[e] = new LexicalTerm(model.evidence().get(e), model.models().get(e));
            bound += lexical[e].lowerBound();
        }
        lexicalBound = bound;
        constraints = fixed.aloneSource().isEmpty() && fixed.aloneTarget().isEmpty() ? null
                : new ConstraintTerm(fixed, source.size(), target.size());
        pins = model.pins().isEmpty() ? null : new PinTerm(model.pins(), source.size(), target.size());
        sourceOffset = 0;
        targetOffset = 0;
    }

    private BeadCosts(BeadCosts whole, int sourceOffset, int targetOffset) {
        prior = whole.prior;
        length = whole.length;
        structure = whole.structure;
        lexical = whole.lexical;
        constraints = whole.constraints;
        pins = whole.pins;
        lexicalBound = whole.lexicalBound;
        this.sourceOffset = whole.sourceOffset + sourceOffset;
        this.targetOffset = whole.targetOffset + targetOffset;
    }

    /** The same costs for the rectangle whose first cell is {@code (i, j)}, in its own coordinates. */
    BeadCosts window(int i, int j) {
        return new BeadCosts(this, i, j);
    }

    double cost(BeadShape shape, int i, int j) {
        return cheap(shape, i, j) + lexical(shape, i, j);
    }

    /**
     * The cost {@link Posteriors} weighs a bead by: {@link #cost}, and for a bead of as many sentences on both
     * sides (2-2, 3-3) the reward its one-to-one diagonal would earn from the lexical evidence. Sentences that each
     * share their words with their counterpart are translated one by one, which is evidence against reading them
     * as one restructured passage; without it, every run of clean one-to-one beads lends a fifth of its mass to
     * merging its neighbours (measured on Text+Berg, where the lexical evidence is thin). The search keeps
     * {@link #cost}: such passages exist, and with this term it misses them. For the same reason a square bead
     * the search did choose is scored by {@link #cost} ({@link Posteriors}).
     */
    double confidenceCost(BeadShape shape, int i, int j) {
        double cost = cost(shape, i, j);
        if (shape.isSquare()) {
            for (int k = 0; k < shape.source; k++) {
                cost += Math.max(0, -lexical(BeadShape.ONE_ONE, i - k, j - k));
            }
        }
        return cost;
    }

    /** The terms that are cheap to compute: shape prior, length, structure, constraints, pins. */
    double cheap(BeadShape shape, int localI, int localJ) {
        int i = localI + sourceOffset;
        int j = localJ + targetOffset;
        double cost = prior.cost(shape, i, j);
        if (length != null) {
            cost += length.cost(shape, i, j);
        }
        if (structure != null) {
            cost += structure.cost(shape, i, j);
        }
        if (constraints != null) {
            cost += constraints.cost(shape, i, j);
        }
        if (pins != null) {
            cost += pins.cost(shape, i, j);
        }
        return cost;
    }

    /** The lexical terms, one per evidence channel. */
    double lexical(BeadShape shape, int localI, int localJ) {
        if (shape.isNull()) {
            return 0;
        }
        int i = localI + sourceOffset;
        int j = localJ + targetOffset;
        double cost = 0;
        for (LexicalTerm term : lexical) {
            cost += term.cost(shape, i, j);
        }
        return cost;
    }

    /** A lower bound of {@link #lexical} over all beads. */
    double lexicalLowerBound() {
        return lexicalBound;
    }
}
