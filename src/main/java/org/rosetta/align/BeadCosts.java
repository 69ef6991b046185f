package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * The cost of a bead, in nats: the sum of its {@link CostTerm}s, each present only when its signal is on. Terms
 * are split in two: the cheap ones (shape prior, length, structure) and the lexical ones, whose lower bounds let
 * the search skip a bead when even the best lexical evidence could not make it win. The total is defined once, as
 * {@link #cheap} plus {@link #lexical}, so the pruning stays right whatever terms are added. Not thread-safe.
 */
final class BeadCosts {

    private final CostTerm[] cheap;
    private final CostTerm[] lexical;
    private final double lexicalBound;

    private BeadCosts(List<CostTerm> cheap, List<CostTerm> lexical) {
        this.cheap = cheap.toArray(CostTerm[]::new);
        this.lexical = lexical.toArray(CostTerm[]::new);
        this.lexicalBound = lexical.stream().mapToDouble(CostTerm::lowerBound).sum();
    }

    /** The terms the settings switch on: priors, length, structure, and one lexical term per evidence channel. */
    BeadCosts(SegmentedDocument source, SegmentedDocument target, AlignerSettings settings, Priors priors,
              List<LexicalEvidence> evidence, List<EvidenceModel> models) {
        this(cheapTerms(source, target, settings, priors), lexicalTerms(evidence, models));
    }

    private static List<CostTerm> cheapTerms(SegmentedDocument source, SegmentedDocument target,
                                             AlignerSettings settings, Priors priors) {
        List<CostTerm> terms = new ArrayList<>();
        terms.add(new ShapePriorTerm(priors));
        if (settings.uses(Signal.LENGTH)) {
            terms.add(new LengthTerm(source, target));
        }
        if (settings.uses(Signal.STRUCTURE)) {
            terms.add(new StructureTerm(new StructureScorer(source, target)));
        }
        return terms;
    }

    private static List<CostTerm> lexicalTerms(List<LexicalEvidence> evidence, List<EvidenceModel> models) {
        List<CostTerm> terms = new ArrayList<>();
        for (int e = 0; e < evidence.size(); e++) {
            terms.add(new LexicalTerm(evidence.get(e), models.get(e)));
        }
        return terms;
    }

    double cost(BeadShape shape, int i, int j) {
        return cheap(shape, i, j) + lexical(shape, i, j);
    }

    /** The terms that are cheap to compute. */
    double cheap(BeadShape shape, int i, int j) {
        double cost = 0;
        for (CostTerm term : cheap) {
            cost += term.cost(shape, i, j);
        }
        return cost;
    }

    /** The lexical terms. */
    double lexical(BeadShape shape, int i, int j) {
        double cost = 0;
        for (CostTerm term : lexical) {
            cost += term.cost(shape, i, j);
        }
        return cost;
    }

    /** A lower bound of {@link #lexical} over all beads. */
    double lexicalLowerBound() {
        return lexicalBound;
    }
}
