package org.rosetta.model;

/** What a block of a document is; alignment treats block boundaries as strong hints. */
public enum BlockKind {
    TITLE,
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    /** Text that is not part of the statement's body: captions, share buttons, contact blocks, copyright lines. */
    BOILERPLATE
}
