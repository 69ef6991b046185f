package org.rosetta.align;

import org.junit.jupiter.api.Test;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What paragraph structure charges a bead for crossing block boundaries. */
class StructureScorerTest {

    /** Sentences in blocks of a given kind after paragraph breaks, each block a list of sentences. */
    private static SegmentedDocument document(BlockKind kind, List<List<String>> blocks) {
        return document(kind, blocks, Block.Boundary.PARAGRAPH);
    }

    /**
     * Sentences in blocks of a given kind, each block a list of sentences, as a segmented document; every block but
     * the first after {@code boundary}.
     */
    private static SegmentedDocument document(BlockKind kind, List<List<String>> blocks, Block.Boundary boundary) {
        List<Block.Boundary> boundaries = new ArrayList<>();
        blocks.forEach(b -> boundaries.add(boundaries.isEmpty() ? Block.Boundary.PARAGRAPH : boundary));
        return document(kind, blocks, boundaries);
    }

    /** Sentences in blocks of a given kind, each block a list of sentences after the boundary given for it. */
    private static SegmentedDocument document(BlockKind kind, List<List<String>> blocks,
                                              List<Block.Boundary> boundaries) {
        StringBuilder text = new StringBuilder();
        List<Block> spans = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (List<String> block : blocks) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            for (String sentence : block) {
                if (text.length() > start) {
                    text.append(' ');
                }
                segments.add(new Segment(segments.size(), new Span(text.length(), text.length() + sentence.length()),
                        spans.size(), kind));
                text.append(sentence);
            }
            spans.add(new Block(kind, new Span(start, text.length()), boundaries.get(spans.size())));
        }
        return new SegmentedDocument(new Document("d", Language.of("en"), "test", text.toString(), spans), segments);
    }

    private static final List<List<String>> ONE_PER_LINE = List.of(List.of("A."), List.of("B."), List.of("C."),
            List.of("D."));
    private static final List<List<String>> PARAGRAPHS = List.of(List.of("A."), List.of("B."),
            List.of("C.", "D."));

    private static double cost(SegmentedDocument source, SegmentedDocument target, BeadShape shape, int i, int j) {
        return new StructureScorer(source, target, FurnitureKinds.APART).cost(shape, i, j);
    }

    @Test
    void joiningTwoLinesOfATextWithASentencePerLineCostsNothing() {
        SegmentedDocument lines = document(BlockKind.PARAGRAPH, ONE_PER_LINE);
        SegmentedDocument target = document(BlockKind.PARAGRAPH, List.of(List.of("a b."), List.of("c."),
                List.of("d.")));
        // sentences 0 and 1 of the source, two paragraphs of one sentence each, with the target's first
        assertThat(cost(lines, target, BeadShape.TWO_ONE, 2, 1)).isZero();
    }

    @Test
    void joiningOneSentenceLinesCostsNothingThoughAnotherLineHoldsTwo() {
        // a text file's lines "A." "B." "C. D.": one sentence per line, but for a line OCR or the segmenter split
        SegmentedDocument lines = document(BlockKind.PARAGRAPH, PARAGRAPHS, Block.Boundary.LINE);
        SegmentedDocument target = document(BlockKind.PARAGRAPH, List.of(List.of("a b."), List.of("c d.")));
        assertThat(cost(lines, target, BeadShape.TWO_ONE, 2, 1)).isZero();
        // "B." with the line of two: whole lines, priced as the side's joins are
        assertThat(cost(lines, target, BeadShape.THREE_ONE, 4, 2)).isEqualTo(StructureScorer.MISMATCHED_START);
        // a blank line between "A." and "B.": a paragraph break, priced so too
        SegmentedDocument blank = document(BlockKind.PARAGRAPH, PARAGRAPHS, List.of(Block.Boundary.PARAGRAPH,
                Block.Boundary.PARAGRAPH, Block.Boundary.LINE));
        assertThat(cost(blank, target, BeadShape.TWO_ONE, 2, 1)).isEqualTo(StructureScorer.MISMATCHED_START);
        // list items are structure, not lines
        SegmentedDocument items = document(BlockKind.LIST_ITEM, PARAGRAPHS, Block.Boundary.LINE);
        assertThat(cost(items, target, BeadShape.TWO_ONE, 2, 1)).isEqualTo(StructureScorer.MISMATCHED_START);
    }

    @Test
    void aBeadStartingAfterALineBreakIsNoEvidenceOfAParagraphStartTheOtherSideLacks() {
        SegmentedDocument lines = document(BlockKind.PARAGRAPH, ONE_PER_LINE, Block.Boundary.LINE);
        SegmentedDocument paragraph = document(BlockKind.PARAGRAPH, List.of(List.of("a.", "b.", "c.", "d.")));
        // "B." (a line) with "b." (inside the paragraph)
        assertThat(cost(lines, paragraph, BeadShape.ONE_ONE, 2, 2)).isZero();
        assertThat(cost(paragraph, lines, BeadShape.ONE_ONE, 2, 2)).isZero();
        // the same start after a blank line: a paragraph start the other side lacks
        SegmentedDocument paragraphs = document(BlockKind.PARAGRAPH, ONE_PER_LINE);
        assertThat(cost(paragraphs, paragraph, BeadShape.ONE_ONE, 2, 2)).isEqualTo(StructureScorer.MISMATCHED_START);
    }

    @Test
    void twoLinesWithTwoLinesOfTextsWithASentencePerLineCostNothing() {
        // both texts one sentence per line, as aligners take them: a 2-2 bead (a passage reordered in translation)
        // joins sentences, not paragraphs, as eval reads the same lines
        SegmentedDocument lines = document(BlockKind.PARAGRAPH, ONE_PER_LINE, Block.Boundary.LINE);
        assertThat(cost(lines, lines, BeadShape.TWO_TWO, 2, 2)).isZero();
        // a blank line inside the bead on one side: a paragraph both sides would hide
        SegmentedDocument blank = document(BlockKind.PARAGRAPH, ONE_PER_LINE, List.of(Block.Boundary.PARAGRAPH,
                Block.Boundary.PARAGRAPH, Block.Boundary.LINE, Block.Boundary.LINE));
        assertThat(cost(blank, lines, BeadShape.TWO_TWO, 2, 2)).isEqualTo(StructureScorer.CROSSING);
        assertThat(cost(blank, lines, BeadShape.TWO_TWO, 4, 4)).isZero();
        // three lines with three: a restructured passage the evidence summed over six sentences favours too easily
        assertThat(cost(lines, lines, BeadShape.THREE_THREE, 3, 3)).isEqualTo(StructureScorer.CROSSING);
        // headings on lines of their own are structure, not sentences of a text with one per line
        SegmentedDocument headings = document(BlockKind.HEADING, ONE_PER_LINE, Block.Boundary.LINE);
        assertThat(cost(headings, lines, BeadShape.TWO_TWO, 2, 2)).isEqualTo(StructureScorer.CROSSING);
    }

    @Test
    void paragraphsThatMakeOneSentenceJoinForNothing() {
        // the UDHR's preamble ends in one sentence laid out as paragraphs: "Now, therefore," "The General Assembly"
        // "Proclaims ..."; a paragraph of two sentences elsewhere, so that other joins cost a mismatched boundary
        SegmentedDocument preamble = document(BlockKind.PARAGRAPH, List.of(List.of("Whereas a pledge was made,"),
                List.of("Now, therefore,"), List.of("The General Assembly"), List.of("Proclaims “this Declaration.”"),
                List.of("Article 1 applies."), List.of("All are born free.", "They are equal.")));
        SegmentedDocument target = document(BlockKind.PARAGRAPH, List.of(List.of("a."), List.of("b."),
                List.of("c."), List.of("d."), List.of("e.")));
        // (closed by its full stop, the closing quote after it aside)
        assertThat(cost(preamble, target, BeadShape.TWO_ONE, 4, 1)).isZero();
        assertThat(cost(preamble, target, BeadShape.THREE_ONE, 4, 1)).isZero();
        // the last paragraph open too: its sentence runs on into the next one, not back into these
        assertThat(cost(preamble, target, BeadShape.TWO_ONE, 2, 1)).isEqualTo(StructureScorer.MISMATCHED_START);
        assertThat(cost(preamble, target, BeadShape.TWO_ONE, 3, 1)).isEqualTo(StructureScorer.MISMATCHED_START);
        // a closed sentence, then another paragraph
        assertThat(cost(preamble, target, BeadShape.TWO_ONE, 5, 1)).isEqualTo(StructureScorer.MISMATCHED_START);
    }

    @Test
    void joiningWholeParagraphsWhereParagraphsHoldSentencesCostsAMismatchedBoundary() {
        SegmentedDocument paragraphs = document(BlockKind.PARAGRAPH, PARAGRAPHS);
        SegmentedDocument target = document(BlockKind.PARAGRAPH, List.of(List.of("a b."), List.of("c.", "d.")));
        assertThat(cost(paragraphs, target, BeadShape.TWO_ONE, 2, 1)).isEqualTo(StructureScorer.MISMATCHED_START);
    }

    @Test
    void cuttingIntoAParagraphOrHidingABoundaryBothSidesHaveCostsACrossing() {
        SegmentedDocument paragraphs = document(BlockKind.PARAGRAPH, PARAGRAPHS);
        SegmentedDocument target = document(BlockKind.PARAGRAPH, List.of(List.of("a."), List.of("b c."),
                List.of("d.")));
        // source sentences 1 and 2: the whole second paragraph and half of the third
        assertThat(cost(paragraphs, target, BeadShape.TWO_ONE, 3, 2)).isEqualTo(StructureScorer.CROSSING);
        SegmentedDocument lines = document(BlockKind.PARAGRAPH, ONE_PER_LINE);
        // two lines with two lines: a boundary on each side inside one bead
        assertThat(cost(lines, lines, BeadShape.TWO_TWO, 2, 2)).isEqualTo(StructureScorer.CROSSING);
    }

    @Test
    void headingsAreNotJoinedAsParagraphs() {
        SegmentedDocument headings = document(BlockKind.HEADING, ONE_PER_LINE);
        SegmentedDocument target = document(BlockKind.HEADING, List.of(List.of("a b."), List.of("c."),
                List.of("d.")));
        assertThat(cost(headings, target, BeadShape.TWO_ONE, 2, 1)).isEqualTo(StructureScorer.CROSSING);
    }
}
