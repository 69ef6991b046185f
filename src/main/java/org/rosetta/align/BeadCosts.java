package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

import java.util.List;

/**
 * The cost of a bead, in nats: the sum of its {@link CostTerm}s, each present only when its signal is on. Terms
 * are split in two: the cheap ones (shape prior, length, structure) and the lexical ones, whose lower bounds let
 * the search skip a bead when even the best lexical evidence could not make it win. The total is defined once, as
 * {@link #cheap} plus {@link #lexical}, so the pruning stays right whatever terms are added. Not thread-safe.
 */
final class BeadCosts {

    // Fields of the terms' own classes, not an array of the interface: the search calls them billions of times
    // and each call site then sees one class, which the JIT inlines.
    private final ShapePriorTerm prior;
    private final LengthTerm length;
    private final StructureTerm structure;
    private final LexicalTerm[] lexical;
    private final double lexicalBound;

    /** The terms the settings switch on: priors, length, structure, and one lexical term per evidence channel. */
    BeadCosts(SegmentedDocument source, SegmentedDocument target, AlignerSettings settings, Priors priors,
              List<LexicalEvidence> evidence, List<EvidenceModel> models) {
        prior = new ShapePriorTerm(priors);
        length = settings.uses(Signal.LENGTH) ? new LengthTerm(source, target) : null;
        structure = settings.uses(Signal.STRUCTURE) ? new StructureTerm(new StructureScorer(source, target)) : null;
        lexical = new LexicalTerm[evidence.size()];
        double bound = 0;
        for (int e = 0; e < lexical.length; e++) {
            lexical[e] = new LexicalTerm(evidence.get(e), models.get(e));
            bound += lexical[e].lowerBound();
        }
        lexicalBound = bound;
    }

    double cost(BeadShape shape, int i, int j) {
        return cheap(shape, i, j) + lexical(shape, i, j);
    }

    /** The terms that are cheap to compute: shape prior, length, structure. */
    double cheap(BeadShape shape, int i, int j) {
        double cost = prior.cost(shape, i, j);
        if (length != null) {
            cost += length.cost(shape, i, j);
        }
        if (structure != null) {
            cost += structure.cost(shape, i, j);
        }
        return cost;
    }

    /** The lexical terms, one per evidence channel. */
    double lexical(BeadShape shape, int i, int j) {
        if (shape.isNull()) {
            return 0;
        }
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
