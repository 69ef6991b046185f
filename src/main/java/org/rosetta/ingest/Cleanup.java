package org.rosetta.ingest;

/** The named clean-up steps of ingestion, in the order they run; each can be switched off. */
public enum Cleanup {
    /** Unicode NFC, so that composed and decomposed accents are the same text. */
    NFC,
    /** Markdown link markup goes, its text stays: {@code [Maryam Rajavi](#)} becomes {@code Maryam Rajavi}. */
    LINKS,
    /** Share buttons, copyright lines, captions and contact blocks are marked as not body text. */
    BOILERPLATE,
    /**
     * A paragraph broken mid-sentence is joined with the next body paragraph ("about the mass" / "executions to
     * the UN"); captions and boilerplate that interrupted it move after it.
     */
    REJOIN,
    /** A file holding several articles ("Please follow and like us:" between them) becomes several documents. */
    ARTICLES,
    /**
     * In a text without markup (plain text, Markdown), a short paragraph without sentence-final punctuation is a
     * heading, the first of an article its title; not in an article that leaves its sentences open
     * ({@link BlockClassifier#marksHeadings}).
     */
    HEADINGS
}
