package org.rosetta.query;

/** Which words a query matches. */
public enum Match {
    /** Inflections too: the language's stemming analyzer ({@code rights} finds {@code right}). */
    STEMMED,
    /** The words as written, folded for case, accents and spelling variants, unstemmed. */
    EXACT
}
