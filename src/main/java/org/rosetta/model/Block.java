package org.rosetta.model;

/**
 * One structural block of a {@link Document}: its kind, its span in {@link Document#text()}, and what separated it
 * from the block before it in the source.
 */
public record Block(BlockKind kind, Span span, Boundary boundary) {

    /** What separates a block from the one before it in its source. */
    public enum Boundary {
        /** A paragraph break: a blank line, an HTML block element; and the first block's. */
        PARAGRAPH,
        /**
         * A line break within a run of lines (a single newline of a text file): a line of a text with one sentence
         * or one paragraph per line, whose breaks may or may not be paragraph breaks.
         */
        LINE
    }

    public Block {
        java.util.Objects.requireNonNull(boundary, "boundary");
    }

    /** A block after a paragraph break. */
    public Block(BlockKind kind, Span span) {
        this(kind, span, Boundary.PARAGRAPH);
    }
}
