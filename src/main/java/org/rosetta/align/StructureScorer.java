package org.rosetta.align;

import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.segment.SentenceEnd;

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
 * ({@link Side#joinsOneSentenceLines}), or of paragraphs that make one sentence ({@link Side#makeOneSentence}: "The
 * General Assembly" and "Proclaims ...", which the Persian, Chinese and Arabic UDHR render as one sentence). A
 * boundary both sides have inside one bead costs {@value #CROSSING}, but nothing in a 2-2 bead of one-sentence lines
 * of text files on both sides (two sentences whose split point moved in translation, in texts with a sentence per
 * line, whose line breaks are sentence breaks, as {@code eval} reads them). Larger beads across such lines on both
 * sides still cost it: their lexical evidence, summed over five sentences or more, outweighs that of the beads that
 * part them (README, "Built from text files"). A
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

    private final Side source;
    private final Side target;
    private final FurnitureKinds furniture;

    StructureScorer(SegmentedDocument source, SegmentedDocument target, FurnitureKinds furniture) {
        this.furniture = furniture;
        this.source = new Side(source);
        this.target = new Side(target);
    }

    double cost(BeadShape shape, int i, int j) {
        int sourceFrom = i - shape.source;
        int targetFrom = j - shape.target;
        double cost = 0;
        boolean sourceCrosses = source.crosses(sourceFrom, i);
        boolean targetCrosses = target.crosses(targetFrom, j);
        if (sourceCrosses && targetCrosses) {
            if (shape != BeadShape.TWO_TWO || !source.joinsLines(sourceFrom, i) || !target.joinsLines(targetFrom, j)) {
                cost += CROSSING;
            }
        } else if (sourceCrosses) {
            cost += source.crossingCost(sourceFrom, i);
        } else if (targetCrosses) {
            cost += target.crossingCost(targetFrom, j);
        }
        if (!shape.isNull() && source.startsBlock(sourceFrom) != target.startsBlock(targetFrom)
                && !source.afterLineBreak(sourceFrom) && !target.afterLineBreak(targetFrom)) {
            cost += MISMATCHED_START;
        }
        if (!shape.isNull() && (source.hasFurniture(sourceFrom, i) || target.hasFurniture(targetFrom, j))) {
            cost += switch (mixture(sourceFrom, i, targetFrom, j)) {
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
        BlockKind first = source.kinds[sourceFrom];
        BlockKind exact = first;
        for (int k = sourceFrom; k < sourceTo + targetTo - targetFrom; k++) {
            BlockKind kind = k < sourceTo ? source.kinds[k] : target.kinds[targetFrom + k - sourceTo];
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

    /**
     * One side's sentences as the blocks they sit in: per sentence its block, its kind, whether it starts a block
     * after a line break and whether it ends open; per block whether it is a one-sentence line ({@link #lineOfOne});
     * and what joining whole paragraphs costs on this side ({@link StructureScorer#joinCost(int[])}).
     */
    private static final class Side {

        private final int[] blocks;
        private final BlockKind[] kinds;
        private final boolean[] lines;
        /** Per sentence (and one past the last): whether it starts a block after a {@link Block.Boundary#LINE}. */
        private final boolean[] afterLine;
        private final double join;
        /** Per sentence (and one past the last): how many sentences before it are furniture (not body text). */
        private final int[] furnitureBefore;
        /** Per sentence: whether it ends open, its sentence going on after it ({@link SentenceEnd#isOpen}). */
        private final boolean[] open;

        Side(SegmentedDocument document) {
            blocks = document.segments().stream().mapToInt(Segment::block).toArray();
            kinds = document.segments().stream().map(Segment::kind).toArray(BlockKind[]::new);
            furnitureBefore = new int[kinds.length + 1];
            for (int k = 0; k < kinds.length; k++) {
                furnitureBefore[k + 1] = furnitureBefore[k] + (kinds[k].isBody() ? 0 : 1);
            }
            List<Block> all = document.document().blocks();
            afterLine = new boolean[blocks.length + 1];
            for (int k = 1; k < blocks.length; k++) {
                afterLine[k] = blocks[k] != blocks[k - 1] && all.get(blocks[k]).boundary() == Block.Boundary.LINE;
            }
            lines = lineOfOne(all, blocks);
            join = joinCost(blocks);
            open = new boolean[blocks.length];
            for (int k = 0; k < blocks.length; k++) {
                open[k] = SentenceEnd.isOpen(document.text(k));
            }
        }

        /** Whether any of sentences {@code [from, to)} is furniture: a bead of body text alone is of one kind. */
        boolean hasFurniture(int from, int to) {
            return furnitureBefore[to] > furnitureBefore[from];
        }

        boolean crosses(int from, int to) {
            return to - from > 1 && blocks[from] != blocks[to - 1];
        }

        /**
         * What a bead whose sentences {@code [from, to)} cross a block boundary on this side alone costs: a join of
         * one-sentence lines ({@link Side#joinsOneSentenceLines}) or of paragraphs that make one sentence
         * ({@link Side#makeOneSentence}) nothing, another join of whole paragraphs this side's join cost, anything
         * else {@value StructureScorer#CROSSING}.
         */
        double crossingCost(int from, int to) {
            if (!joinsParagraphs(from, to)) {
                return CROSSING;
            }
            if (joinsOneSentenceLines(from, to) || makeOneSentence(from, to)) {
                return 0;
            }
            return join;
        }

        /** Whether sentences {@code [from, to)} are whole paragraphs and one-sentence lines of a text file. */
        boolean joinsLines(int from, int to) {
            return joinsParagraphs(from, to) && joinsOneSentenceLines(from, to);
        }

        /**
         * Whether the paragraphs of sentences {@code [from, to)} make one sentence: every block but the last ends
         * with its sentence open ({@link SentenceEnd#isOpen}), and the last closes it ("The General Assembly" and
         * "Proclaims this Universal Declaration ... jurisdiction."), so that the paragraph breaks fall inside a
         * sentence and say nothing against the join. Not when the last is open too: its sentence goes on into what
         * follows ("... this pledge," and "Now, therefore,", which the next paragraphs finish).
         */
        private boolean makeOneSentence(int from, int to) {
            for (int k = from; k + 1 < to; k++) {
                if (blocks[k + 1] != blocks[k] && !open[k]) {
                    return false;
                }
            }
            return !open[to - 1];
        }

        /**
         * Whether the whole blocks of sentences {@code [from, to)} are each one sentence, and each but the first a
         * paragraph on a line of its own after a line break: two lines of a text with one sentence per line, where
         * a line break says nothing about paragraphs, though OCR or the segmenter split a few of its lines in two.
         * Such a join costs nothing.
         */
        private boolean joinsOneSentenceLines(int from, int to) {
            for (int k = from; k < to; k++) {
                if (k == from ? !oneSentence(blocks, k) : !lines[blocks[k]]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether sentences {@code [from, to)} are whole paragraphs or list items: the first starts one, the last
         * ends one, and none is of another kind (a heading, a caption, furniture).
         */
        private boolean joinsParagraphs(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!JOINABLE.contains(kinds[k])) {
                    return false;
                }
            }
            return startsBlock(from) && (to == blocks.length || blocks[to] != blocks[to - 1]);
        }

        /**
         * Whether sentence {@code k} starts a block after a {@link Block.Boundary#LINE} break: a line of a text
         * file, which may or may not start a paragraph, so a bead starting there on one side and inside a
         * paragraph on the other is no evidence against it.
         */
        boolean afterLineBreak(int k) {
            return afterLine[k];
        }

        boolean startsBlock(int k) {
            return k == 0 || blocks[k] != blocks[k - 1];
        }

        /**
         * Per block: whether it is a paragraph (not a list item: a bullet is structure) of one sentence after a
         * {@link Block.Boundary#LINE} break.
         */
        private static boolean[] lineOfOne(List<Block> all, int[] blocks) {
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
}
