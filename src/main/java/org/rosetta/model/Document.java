package org.rosetta.model;

import java.util.List;
import java.util.Objects;

/**
 * One language version of a document, as read from a file: its extracted text and the blocks that structure it.
 *
 * <p>Blocks are in text order, do not overlap, and lie inside {@link #text()}. Immutable.
 *
 * @param id       the document's name inside its collection, the same for every language version ({@code udhr})
 * @param language the language the text is in
 * @param source   where the text came from (a path or a URI), for messages
 * @param text     the extracted, normalised text
 * @param blocks   headings, paragraphs and other blocks, in order
 * @param sourceMap where each character of {@code text} came from in the source file as read
 */
public record Document(String id, Language language, String source, String text, List<Block> blocks,
                       SourceMap sourceMap) {

    /** A document whose text is its source. */
    public Document(String id, Language language, String source, String text, List<Block> blocks) {
        this(id, language, source, text, blocks, SourceMap.identity(text.length()));
    }

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        int previousEnd = 0;
        for (Block block : blocks) {
            if (block.span().start() < previousEnd || block.span().end() > text.length()) {
                throw new IllegalArgumentException("blocks of " + source + " overlap or leave the text");
            }
            previousEnd = block.span().end();
        }
    }

    public String textOf(Span span) {
        return span.of(text);
    }

    /** Where a span of the text is in the source file as read. */
    public Span sourceSpan(Span span) {
        return sourceMap.toSource(span);
    }
}
