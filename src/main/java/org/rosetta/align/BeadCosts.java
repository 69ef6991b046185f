package org.rosetta.align;

import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;

import java.util.List;

/**
 * The cost of a bead, in nats: the shape's prior; for beads with both sides, the length cost ({@link LengthScorer})
 * and the lexical cost of each evidence channel ({@link EvidenceModel}, negative when the words agree, summed as
 * independent evidence); the structure cost
 * ({@link StructureScorer}). Each term only when its signal is on.
 *
 * <p>Confidence, 0..1: {@code sigmoid(}{@value #CONFIDENT}{@code  - length - lexical - structure)} for beads with
 * both sides (about 0.9 for a bead with nothing against it, more with words that agree), and
 * {@value #NULL_CONFIDENCE}{@code  * exp(-structure)} for omissions, which carry no evidence of their own.
 */
final class BeadCosts {

    static final double CONFIDENT = 2.2;
    static final double NULL_CONFIDENCE = 0.5;

    private final int[] sourcePrefix;
    private final int[] targetPrefix;
    private final LengthScorer lengths;
    private final boolean useLength;
    private final StructureScorer structure;
    private final boolean useStructure;
    private final Priors priors;
    private final LexicalEvidence[] evidence; // one per channel with keys; the hot loop walks plain arrays
    private final EvidenceModel[] models;
    private final double maxReward;

    BeadCosts(SegmentedDocument source, SegmentedDocument target, AlignerSettings settings, Priors priors,
              List<LexicalEvidence> evidence, List<EvidenceModel> models) {
        sourcePrefix = prefixLengths(source);
        targetPrefix = prefixLengths(target);
        lengths = new LengthScorer(sourcePrefix[source.size()], targetPrefix[target.size()]);
        useLength = settings.uses(Signal.LENGTH);
        structure = new StructureScorer(source, target);
        useStructure = settings.uses(Signal.STRUCTURE);
        this.priors = priors;
        this.evidence = evidence.toArray(LexicalEvidence[]::new);
        this.models = models.toArray(EvidenceModel[]::new);
        this.maxReward = models.stream().mapToDouble(m -> Math.max(0, -m.lowestCost())).sum();
    }

    double cost(BeadShape shape, int i, int j) {
        return priors.cost(shape) + evidenceCost(shape, i, j);
    }

    /** The cost without the lexical term: with {@link #maxReward()} a lower bound of {@link #cost}. */
    double costWithoutWords(BeadShape shape, int i, int j) {
        double cost = priors.cost(shape) + structureCost(shape, i, j);
        if (!shape.isNull() && useLength) {
            cost += lengths.cost(sourcePrefix[i] - sourcePrefix[i - shape.source],
                    targetPrefix[j] - targetPrefix[j - shape.target]);
        }
        return cost;
    }

    /** The lexical term of a bead with both sides (0 for omissions). */
    double wordCost(BeadShape shape, int i, int j) {
        double cost = 0;
        if (!shape.isNull()) {
            for (int c = 0; c < evidence.length; c++) {
                cost += models[c].cost(evidence[c].bin(shape, i, j));
            }
        }
        return cost;
    }

    /** The most the lexical term can take off a bead's cost. */
    double maxReward() {
        return maxReward;
    }

    double confidence(BeadShape shape, int i, int j) {
        if (shape.isNull()) {
            return NULL_CONFIDENCE * Math.exp(-structureCost(shape, i, j));
        }
        return 1 / (1 + Math.exp(-(CONFIDENT - evidenceCost(shape, i, j))));
    }

    private double evidenceCost(BeadShape shape, int i, int j) {
        double cost = structureCost(shape, i, j);
        if (!shape.isNull()) {
            if (useLength) {
                cost += lengths.cost(sourcePrefix[i] - sourcePrefix[i - shape.source],
                        targetPrefix[j] - targetPrefix[j - shape.target]);
            }
            for (int c = 0; c < evidence.length; c++) {
                cost += models[c].cost(evidence[c].bin(shape, i, j));
            }
        }
        return cost;
    }

    private double structureCost(BeadShape shape, int i, int j) {
        return useStructure ? structure.cost(shape, i, j) : 0;
    }

    private static int[] prefixLengths(SegmentedDocument document) {
        int[] prefix = new int[document.size() + 1];
        for (int k = 0; k < document.size(); k++) {
            Segment segment = document.segments().get(k);
            prefix[k + 1] = prefix[k] + segment.span().length();
        }
        return prefix;
    }
}
