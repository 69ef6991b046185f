package org.rosetta.ingest;

import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;

/** A block as read, before it is cleaned: its kind, its text with source offsets, and what separated it. */
record RawBlock(BlockKind kind, MappedText text, Block.Boundary boundary) {

    RawBlock {
        java.util.Objects.requireNonNull(boundary, "boundary");
    }

    /** A block after a paragraph break. */
    RawBlock(BlockKind kind, MappedText text) {
        this(kind, text, Block.Boundary.PARAGRAPH);
    }

    RawBlock withText(MappedText other) {
        return new RawBlock(kind, other, boundary);
    }

    RawBlock withKind(BlockKind other) {
        return new RawBlock(other, text, boundary);
    }
}
