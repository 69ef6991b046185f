package org.rosetta.model;

/**
 * What a block of a document is; alignment treats block boundaries as strong hints. Page furniture (everything
 * not {@link #isBody body}) comes in kinds, since a translation of a share line is a share line: a breadcrumb never
 * renders a "Press release" label, nor a tag line a photo caption.
 */
public enum BlockKind {
    TITLE(true),
    HEADING(true),
    PARAGRAPH(true),
    LIST_ITEM(true),
    /** Site furniture of no more telling kind: separators, a page's footer or aside. */
    BOILERPLATE(false),
    /** A copyright notice: "© 2024 ...", "All rights reserved", "کلیه حقوق محفوظ است". */
    COPYRIGHT(false),
    /** The page's genre as a label: "Press release", "Communiqué de presse", "For immediate release". */
    LABEL(false),
    /** A breadcrumb trail: "Home › News › Statements". */
    BREADCRUMB(false),
    /** Share, print and follow buttons: "Share this:", "Imprimer cette page", "Follow us on X". */
    SHARE(false),
    /** Tags and categories: "Tags: human rights, UN". */
    TAGS(false),
    /** Links to other pages and calls to action: "Read more", "Lire aussi : ...", "Donate now". */
    LINKS(false),
    /** A photo or video caption. */
    CAPTION(false),
    /** A press contact: names, phone numbers, e-mail addresses. */
    CONTACT(false),
    /** A line that is only a date (and perhaps a place): "jeudi 14 septembre 2017". */
    DATELINE(false);

    private final boolean body;

    BlockKind(boolean body) {
        this.body = body;
    }

    /**
     * Whether the block belongs to the statement itself (alignment treats the rest as likely 1-0 / 0-1, or as
     * pairing with the same kind of line: a date line with a date line).
     */
    public boolean isBody() {
        return body;
    }

    /**
     * Whether a block of this kind may translate a block of {@code other}'s: body with body, furniture with
     * furniture of the same kind; {@link #BOILERPLATE}, furniture of no known kind, with any furniture.
     */
    public boolean mayRender(BlockKind other) {
        if (isBody() || other.isBody()) {
            return isBody() == other.isBody();
        }
        return this == other || this == BOILERPLATE || other == BOILERPLATE;
    }
}
