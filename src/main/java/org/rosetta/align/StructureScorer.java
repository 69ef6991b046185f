package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

/**
 * Paragraph structure as evidence: a bead whose sentences on one side come from two blocks (paragraphs, headings)
 * costs {@value #CROSSING}; a non-null bead that starts a block on one side but not on the other costs
 * {@value #MISMATCHED_START}; a non-null bead that mixes body text with a caption, share line, date line or contact
 * block, on either side (which translations often drop or add), costs {@value #BODY_WITH_NON_BODY}, so those tend to stay 1-0 / 0-1. All
 * are in nats, the unit of the other costs.
 */
final class StructureScorer {

    static final double CROSSING = 8.0;
    static final double MISMATCHED_START = 2.0;
    static final double BODY_WITH_NON_BODY = 4.0;

    private final int[] sourceBlocks;
    private final int[] targetBlocks;
    private final boolean[] sourceBody;
    private final boolean[] targetBody;

    StructureScorer(SegmentedDocument source, SegmentedDocument target) {
        sourceBlocks = source.segments().stream().mapToInt(s -> s.block()).toArray();
        targetBlocks = target.segments().stream().mapToInt(s -> s.block()).toArray();
        sourceBody = body(source);
        targetBody = body(target);
    }

    private static boolean[] body(SegmentedDocument document) {
        boolean[] body = new boolean[document.size()];
        for (int k = 0; k < body.length; k++) {
            body[k] = document.segments().get(k).kind().isBody();
        }
        return body;
    }

    double cost(BeadShape shape, int i, int j) {
        double cost = 0;
        if (crosses(sourceBlocks, i - shape.source, i) || crosses(targetBlocks, j - shape.target, j)) {
            cost += CROSSING;
        }
        if (!shape.isNull() && startsBlock(sourceBlocks, i - shape.source) != startsBlock(targetBlocks, j - shape.target)) {
            cost += MISMATCHED_START;
        }
        if (!shape.isNull() && mixesBody(i - shape.source, i, j - shape.target, j)) {
            cost += BODY_WITH_NON_BODY;
        }
        return cost;
    }

    /** Whether the bead's sentences, on both sides together, are neither all body text nor all furniture. */
    private boolean mixesBody(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
        boolean body = sourceBody[sourceFrom];
        for (int k = sourceFrom + 1; k < sourceTo; k++) {
            if (sourceBody[k] != body) {
                return true;
            }
        }
        for (int k = targetFrom; k < targetTo; k++) {
            if (targetBody[k] != body) {
                return true;
            }
        }
        return false;
    }

    private static boolean crosses(int[] blocks, int from, int to) {
        return to - from > 1 && blocks[from] != blocks[to - 1];
    }

    private static boolean startsBlock(int[] blocks, int k) {
        return k == 0 || blocks[k] != blocks[k - 1];
    }
}
