package org.rosetta.align;

import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;

/** The cost and confidence of a bead of a given shape ending at a cell, from lengths and structure. */
final class BeadCosts {

    private final int[] sourcePrefix;
    private final int[] targetPrefix;
    private final LengthScorer lengths;
    private final StructureScorer structure;

    BeadCosts(SegmentedDocument source, SegmentedDocument target) {
        sourcePrefix = prefixLengths(source);
        targetPrefix = prefixLengths(target);
        lengths = new LengthScorer(sourcePrefix[source.size()], targetPrefix[target.size()]);
        structure = new StructureScorer(source, target);
    }

    /** The cost of the bead of {@code shape} that ends at source {@code i}, target {@code j}. */
    double cost(BeadShape shape, int i, int j) {
        return shape.priorCost + evidenceCost(shape, i, j);
    }

    /** The part of the cost that is evidence rather than prior; {@code exp(-evidence)} is the bead's confidence. */
    double evidenceCost(BeadShape shape, int i, int j) {
        int sourceLength = sourcePrefix[i] - sourcePrefix[i - shape.source];
        int targetLength = targetPrefix[j] - targetPrefix[j - shape.target];
        return lengths.cost(sourceLength, targetLength) + structure.cost(shape, i, j);
    }

    double confidence(BeadShape shape, int i, int j) {
        if (shape.isNull()) {
            return LengthAligner.NULL_CONFIDENCE * Math.exp(-structure.cost(shape, i, j));
        }
        return Math.exp(-evidenceCost(shape, i, j));
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
