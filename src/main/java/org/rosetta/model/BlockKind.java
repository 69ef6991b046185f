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
    CONTACT,
    /** A line that is only a date (and perhaps a place): "jeudi 14 septembre 2017". */
    DATELINE;

    /**
     * Whether the block belongs to the statement itself (alignment treats the rest as likely 1-0 / 0-1, or as
     * pairing with the same kind of line: a date line with a date line).
     */
    public boolean isBody() {
        return this != BOILERPLATE && this != CAPTION && this != CONTACT && this != DATELINE;
    }
}
