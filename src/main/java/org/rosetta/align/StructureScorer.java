package org.rosetta.align;

import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Paragraph structure as evidence: a bead whose sentences on one side come from two blocks (paragraphs, headings)
 * costs {@value #CROSSING}, unless it joins whole paragraphs or list items on one side only: that side has a paragraph
 * boundary the other lacks, which costs {@value #MISMATCHED_START}, as a bead starting a block on one side only does,
 * and nothing where that side has a block for every sentence ({@link #joinCost(int[])}: a text with one sentence on
 * each line, as aligners take it, whose every sentence merged in translation is such a join; priced as a bead cutting
 * into a paragraph, it was left out instead) or the join is of one-sentence lines of a text file
 * ({@link #joinsOneSentenceLines}). A boundary both sides have inside one bead costs {@value #CROSSING}. A
 * non-null bead that starts a block on one side but not on the other costs {@value #MISMATCHED_START}, unless it
 * starts after a line break of a text file on either side (a line may or may not start a paragraph); a non-null bead
 * whose sentences, on both sides together, are not all of kinds that may render each other
 * ({@link BlockKind#mayRender}: body with body, a share line with a share line, a date line with a date line) costs
 * {@value #MIXED_KINDS}: translations often drop or add page furniture, so it tends to stay 1-0 / 0-1 rather than pair
 * with body text. A bead holding two kinds of furniture (a breadcrumb on one page, a "Press release" label on the
 * other) costs as much in the first pass and is impossible in the later ones ({@link FurnitureKinds}). All are in
 * nats, the unit of the other costs.
 */
final class StructureScorer {

    static final double CROSSING = 8.0;
    static final double MISMATCHED_START = 2.0;
    static final double MIXED_KINDS = 4.0;
    /** Blocks a bead may join whole on one side for {@link #joinCost(int[])} instead of {@link #CROSSING}. */
    private static final Set<BlockKind> JOINABLE = EnumSet.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM);

    /** What joining whole paragraphs costs on each side ({@link #joinCost(int[])}). */
    private final double sourceJoin;
    private final double targetJoin;

    private final int[] sourceBlocks;
    private final int[] targetBlocks;
    /** Per block: whether it is one sentence on a line of its own after a line break ({@link #lineOfOne}). */
    private final boolean[] sourceLines;
    private final boolean[] targetLines;
    /** Per block: what separated it from the block before. */
    private final Block.Boundary[] sourceBreaks;
    private final Block.Boundary[] targetBreaks;
    private final BlockKind[] sourceKinds;
    private final BlockKind[] targetKinds;
    private final FurnitureKinds furniture;

    StructureScorer(SegmentedDocument source, SegmentedDocument target, FurnitureKinds furniture) {
        this.furniture = furniture;
        sourceBlocks = source.segments().stream().mapToInt(s -> s.block()).toArray();
        targetBlocks = target.segments().stream().mapToInt(s -> s.block()).toArray();
        sourceJoin = joinCost(sourceBlocks);
        targetJoin = joinCost(targetBlocks);
        sourceLines = lineOfOne(source, sourceBlocks);
        targetLines = lineOfOne(target, targetBlocks);
        sourceBreaks = source.document().blocks().stream().map(Block::boundary).toArray(Block.Boundary[]::new);
        targetBreaks = target.document().blocks().stream().map(Block::boundary).toArray(Block.Boundary[]::new);
        sourceKinds = source.segments().stream().map(Segment::kind).toArray(BlockKind[]::new);
        targetKinds = target.segments().stream().map(Segment::kind).toArray(BlockKind[]::new);
    }

    double cost(BeadShape shape, int i, int j) {
        double cost = 0;
        boolean sourceCrosses = crosses(sourceBlocks, i - shape.source, i);
        boolean targetCrosses = crosses(targetBlocks, j - shape.target, j);
        if (sourceCrosses && targetCrosses) {
            cost += CROSSING;
        } else if (sourceCrosses) {
            cost += !joinsParagraphs(sourceBlocks, sourceKinds, i - shape.source, i) ? CROSSING
                    : joinsOneSentenceLines(sourceBlocks, sourceLines, i - shape.source, i) ? 0 : sourceJoin;
        } else if (targetCrosses) {
            cost += !joinsParagraphs(targetBlocks, targetKinds, j - shape.target, j) ? CROSSING
                    : joinsOneSentenceLines(targetBlocks, targetLines, j - shape.target, j) ? 0 : targetJoin;
        }
        if (!shape.isNull() && startsBlock(sourceBlocks, i - shape.source) != startsBlock(targetBlocks, j - shape.target)
                && !afterLineBreak(sourceBlocks, sourceBreaks, i - shape.source)
                && !afterLineBreak(targetBlocks, targetBreaks, j - shape.target)) {
            cost += MISMATCHED_START;
        }
        if (!shape.isNull()) {
            cost += switch (mixture(i - shape.source, i, j - shape.target, j)) {
                case ONE -> 0;
                case BODY_AND_FURNITURE -> MIXED_KINDS;
                case FURNITURE_KINDS -> furniture == FurnitureKinds.APART ? Double.POSITIVE_INFINITY : MIXED_KINDS;
            };
        }
        return cost;
    }

    /** What kinds of block a bead's sentences are of, on both sides together. */
    private enum Mixture {
        /** Kinds that may all render each other ({@link BlockKind#mayRender}). */
        ONE,
        /** Body text with furniture. */
        BODY_AND_FURNITURE,
        /** Furniture of two kinds. */
        FURNITURE_KINDS
    }

    /**
     * The bead's mixture of kinds. Each sentence is compared with the first sentence's kind and with the first of
     * a more exact kind than {@link BlockKind#BOILERPLATE}, which is all it takes, since only that kind is
     * compatible with several.
     */
    private Mixture mixture(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
        BlockKind first = sourceKinds[sourceFrom];
        BlockKind exact = first;
        for (int k = sourceFrom; k < sourceTo + targetTo - targetFrom; k++) {
            BlockKind kind = k < sourceTo ? sourceKinds[k] : targetKinds[targetFrom + k - sourceTo];
            if (kind.isBody() != first.isBody()) {
                return Mixture.BODY_AND_FURNITURE;
            }
            if (!kind.mayRender(first) || !kind.mayRender(exact)) {
                return Mixture.FURNITURE_KINDS;
            }
            if (exact == BlockKind.BOILERPLATE) {
                exact = kind;
            }
        }
        return Mixture.ONE;
    }

    private static boolean crosses(int[] blocks, int from, int to) {
        return to - from > 1 && blocks[from] != blocks[to - 1];
    }

    /**
     * What a bead joining whole paragraphs of a side costs: {@value #MISMATCHED_START}, or nothing on a side none of
     * whose blocks holds two sentences, a text with one sentence on each line, whose block boundaries are its
     * sentence boundaries and say nothing about its paragraphs.
     */
    static double joinCost(int[] blocks) {
        for (int k = 1; k < blocks.length; k++) {
            if (blocks[k] == blocks[k - 1]) {
                return MISMATCHED_START;
            }
        }
        return 0;
    }

    /**
     * Whether the whole blocks of sentences {@code [from, to)} are each one sentence, and each but the first a
     * paragraph on a line of its own after a line break: two lines of a text with one sentence per line, where a
     * line break says nothing about paragraphs, though OCR or the segmenter split a few of its lines in two. Such a
     * join costs nothing.
     */
    private static boolean joinsOneSentenceLines(int[] blocks, boolean[] lines, int from, int to) {
        for (int k = from; k < to; k++) {
            if (k == from ? !oneSentence(blocks, k) : !lines[blocks[k]]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per block of {@code document}: whether it is a paragraph (not a list item: a bullet is structure) of one
     * sentence after a {@link Block.Boundary#LINE} break.
     */
    private static boolean[] lineOfOne(SegmentedDocument document, int[] blocks) {
        List<Block> all = document.document().blocks();
        boolean[] lines = new boolean[all.size()];
        for (int k = 0; k < blocks.length; k++) {
            Block block = all.get(blocks[k]);
            lines[blocks[k]] = block.boundary() == Block.Boundary.LINE && block.kind() == BlockKind.PARAGRAPH
                    && oneSentence(blocks, k);
        }
        return lines;
    }

    /** Whether sentence {@code k}'s block holds no other sentence. */
    private static boolean oneSentence(int[] blocks, int k) {
        return (k == 0 || blocks[k - 1] != blocks[k]) && (k + 1 == blocks.length || blocks[k + 1] != blocks[k]);
    }

    /**
     * Whether sentences {@code [from, to)} are whole paragraphs or list items: the first starts one, the last ends
     * one, and none is of another kind (a heading, a caption, furniture).
     */
    private static boolean joinsParagraphs(int[] blocks, BlockKind[] kinds, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!JOINABLE.contains(kinds[k])) {
                return false;
            }
        }
        return startsBlock(blocks, from) && (to == blocks.length || blocks[to] != blocks[to - 1]);
    }

    /**
     * Whether sentence {@code k} starts a block after a {@link Block.Boundary#LINE} break: a line of a text file,
     * which may or may not start a paragraph, so a bead starting there on one side and inside a paragraph on the
     * other is no evidence against it.
     */
    private static boolean afterLineBreak(int[] blocks, Block.Boundary[] breaks, int k) {
        return k > 0 && k < blocks.length && blocks[k] != blocks[k - 1] && breaks[blocks[k]] == Block.Boundary.LINE;
    }

    private static boolean startsBlock(int[] blocks, int k) {
        return k == 0 || blocks[k] != blocks[k - 1];
    }
}
