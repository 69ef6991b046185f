package org.rosetta.ingest;

import org.rosetta.model.BlockKind;

/** A block as read, before it is cleaned: its kind and its text with source offsets. */
record RawBlock(BlockKind kind, MappedText text) {

    RawBlock withText(MappedText other) {
        return new RawBlock(kind, other);
    }

    RawBlock withKind(BlockKind other) {
        return new RawBlock(other, text);
    }
}
