package org.rosetta.model;

/** What a block of a document is; alignment treats block boundaries as strong hints. */
public enum BlockKind {
    TITLE,
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    /** Text that is not part of the statement's body: share buttons, copyright lines, site furniture. */
    BOILERPLATE,
    /** A photo or video caption. */
    CAPTION,
    /** A press contact: names, phone numbers, e-mail addresses. */
    CONTACT;

    /** Whether the block belongs to the statement itself (alignment treats the rest as likely 1-0 / 0-1). */
    public boolean isBody() {
        return this != BOILERPLATE && this != CAPTION && this != CONTACT;
    }
}
