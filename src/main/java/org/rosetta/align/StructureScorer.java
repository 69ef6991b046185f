package org.rosetta.align;

import org.rosetta.model.BlockKind;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;

/**
 * Paragraph structure as evidence: a bead whose sentences on one side come from two blocks (paragraphs, headings)
 * costs {@value #CROSSING}; a non-null bead that starts a block on one side but not on the other costs
 * {@value #MISMATCHED_START}; a non-null bead whose sentences, on both sides together, are not all of kinds that may
 * render each other ({@link BlockKind#mayRender}: body with body, a share line with a share line, a date line with
 * a date line) costs {@value #MIXED_KINDS}: translations often drop or add page furniture, so it tends to stay
 * 1-0 / 0-1 rather than pair with body text or with another kind of furniture (a breadcrumb on one page, a "Press
 * release" label on the other). All are in nats, the unit of the other costs.
 */
final class StructureScorer {

    static final double CROSSING = 8.0;
    static final double MISMATCHED_START = 2.0;
    static final double MIXED_KINDS = 4.0;

    private final int[] sourceBlocks;
    private final int[] targetBlocks;
    private final BlockKind[] sourceKinds;
    private final BlockKind[] targetKinds;

    StructureScorer(SegmentedDocument source, SegmentedDocument target) {
        sourceBlocks = source.segments().stream().mapToInt(s -> s.block()).toArray();
        targetBlocks = target.segments().stream().mapToInt(s -> s.block()).toArray();
        sourceKinds = source.segments().stream().map(Segment::kind).toArray(BlockKind[]::new);
        targetKinds = target.segments().stream().map(Segment::kind).toArray(BlockKind[]::new);
    }

    double cost(BeadShape shape, int i, int j) {
        double cost = 0;
        if (crosses(sourceBlocks, i - shape.source, i) || crosses(targetBlocks, j - shape.target, j)) {
            cost += CROSSING;
        }
        if (!shape.isNull() && startsBlock(sourceBlocks, i - shape.source) != startsBlock(targetBlocks, j - shape.target)) {
            cost += MISMATCHED_START;
        }
        if (!shape.isNull() && mixesKinds(i - shape.source, i, j - shape.target, j)) {
            cost += MIXED_KINDS;
        }
        return cost;
    }

    /**
     * Whether two of the bead's sentences, on both sides together, are of kinds that cannot render each other.
     * Each is compared with the first sentence's kind and with the first of a more exact kind than
     * {@link BlockKind#BOILERPLATE}, which is all it takes, since only that kind is compatible with several.
     */
    private boolean mixesKinds(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
        BlockKind first = sourceKinds[sourceFrom];
        BlockKind exact = first;
        for (int k = sourceFrom; k < sourceTo + targetTo - targetFrom; k++) {
            BlockKind kind = k < sourceTo ? sourceKinds[k] : targetKinds[targetFrom + k - sourceTo];
            if (!kind.mayRender(first) || !kind.mayRender(exact)) {
                return true;
            }
            if (exact == BlockKind.BOILERPLATE) {
                exact = kind;
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
