package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

/**
 * Paragraph structure as evidence: a bead whose sentences on one side come from two blocks (paragraphs, headings)
 * costs {@value #CROSSING}, and a non-null bead that starts a block on one side but not on the other costs
 * {@value #MISMATCHED_START}. Both are in nats, the unit of the other costs.
 */
final class StructureScorer {

    static final double CROSSING = 8.0;
    static final double MISMATCHED_START = 2.0;

    private final int[] sourceBlocks;
    private final int[] targetBlocks;

    StructureScorer(SegmentedDocument source, SegmentedDocument target) {
        sourceBlocks = source.segments().stream().mapToInt(s -> s.block()).toArray();
        targetBlocks = target.segments().stream().mapToInt(s -> s.block()).toArray();
    }

    double cost(BeadShape shape, int i, int j) {
        double cost = 0;
        if (crosses(sourceBlocks, i - shape.source, i) || crosses(targetBlocks, j - shape.target, j)) {
            cost += CROSSING;
        }
        if (!shape.isNull() && startsBlock(sourceBlocks, i - shape.source) != startsBlock(targetBlocks, j - shape.target)) {
            cost += MISMATCHED_START;
        }
        return cost;
    }

    private static boolean crosses(int[] blocks, int from, int to) {
        return to - from > 1 && blocks[from] != blocks[to - 1];
    }

    private static boolean startsBlock(int[] blocks, int k) {
        return k == 0 || blocks[k] != blocks[k - 1];
    }
}
