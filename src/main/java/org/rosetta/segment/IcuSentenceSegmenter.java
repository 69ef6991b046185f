package org.rosetta.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.rosetta.model.Block;
import org.rosetta.model.Document;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence segmentation with ICU's rule-based sentence break iterator for the document's language, with ICU's
 * abbreviation suppressions ({@code @ss=standard}: "Mr.", "U.S." do not end a sentence). Thread-safe: each call
 * creates its own iterator.
 */
public final class IcuSentenceSegmenter implements SentenceSegmenter {

    @Override
    public SegmentedDocument segment(Document document) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(
                new ULocale(document.language().tag().replace('-', '_') + "@ss=standard"));
        String text = document.text();
        List<Segment> segments = new ArrayList<>();
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            int blockIndex = b;
            sentences.setText(block.span().of(text));
            int offset = block.span().start();
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                trimmed(text, offset + start, offset + end).ifPresent(span ->
                        segments.add(new Segment(segments.size(), span, blockIndex, block.kind())));
            }
        }
        return new SegmentedDocument(document, segments);
    }

    private static java.util.Optional<Span> trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? java.util.Optional.empty() : java.util.Optional.of(new Span(start, end));
    }
}
