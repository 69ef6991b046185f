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
 * abbreviation suppressions and the project's own list per language ({@link Abbreviations}: titles, months,
 * {@code U.S.}, single initials), so "Dec. 4, 2017" and "Prof. Valeriu M. Ciucă" stay whole. Thread-safe: each call
 * creates its own iterator.
 */
public final class IcuSentenceSegmenter implements SentenceSegmenter {

    @Override
    public SegmentedDocument segment(Document document) {
        BreakIterator sentences = Abbreviations.sentenceIterator(document.language());
        Abbreviations abbreviations = Abbreviations.of(document.language());
        String text = document.text();
        List<Segment> segments = new ArrayList<>();
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            int blockIndex = b;
            sentences.setText(block.span().of(text));
            int offset = block.span().start();
            String blockText = block.span().of(text);
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
                if (end < blockText.length() && abbreviations.endsWithAbbreviation(blockText, end)) {
                    continue; // "U.S. Congress", "Prof. Valeriu M. Ciucă": not a sentence end
                }
                int sentenceStart = start;
                start = end;
                trimmed(text, offset + sentenceStart, offset + end).ifPresent(span ->
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
