package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

/** Gale and Church's length cost ({@link LengthScorer}, as a pass estimated it) of a bead with both sides; 0 for omissions. */
final class LengthTerm implements CostTerm {

    private final int[] sourcePrefix;
    private final int[] targetPrefix;
    private final LengthScorer lengths;

    LengthTerm(SegmentedDocument source, SegmentedDocument target, LengthScorer lengths) {
        sourcePrefix = prefixLengths(source);
        targetPrefix = prefixLengths(target);
        this.lengths = lengths;
    }

    @Override
    public double cost(BeadShape shape, int i, int j) {
        if (shape.isNull()) {
            return 0;
        }
        return lengths.cost(sourcePrefix[i] - sourcePrefix[i - shape.source],
                targetPrefix[j] - targetPrefix[j - shape.target]);
    }

    @Override
    public double lowerBound() {
        return 0;
    }

    private static int[] prefixLengths(SegmentedDocument document) {
        int[] prefix = new int[document.size() + 1];
        for (int k = 0; k < document.size(); k++) {
            prefix[k + 1] = prefix[k] + document.segments().get(k).span().length();
        }
        return prefix;
    }
}
