package org.rosetta.align;

/** The evidence the aligner can use; each can be switched off to measure what it is worth. */
public enum Signal {
    /** Gale-Church: translations have proportional lengths. */
    LENGTH,
    /** Paragraph and heading boundaries from ingestion: a bead crossing one costs more. */
    STRUCTURE,
    /**
     * Numbers (any digits: Persian, Arabic-Indic, ASCII; spelled-out ordinals, cardinals above ten), dates as days,
     * URLs, e-mail addresses, hashtags.
     */
    ANCHORS,
    /** Names and cognates across scripts: words transliterated to Latin ASCII and compared by their start or skeleton. */
    COGNATES,
    /** The punctuation profile: questions, exclamations, quotations, brackets, colons, ellipses, in any script. */
    PUNCTUATION,
    /** A bilingual dictionary given by the user. */
    DICTIONARY,
    /** A word-translation table learnt from the documents themselves (IBM Model 1 on confident beads, Moore 2002). */
    LEXICON;

    /**
     * Whether the signal's keys are written alike in every language (digits, links, punctuation kinds), so that how
     * much they say is learnt from a collection's pairs in all its languages, not from one language pair's alone.
     */
    boolean sameInEveryLanguage() {
        return this == ANCHORS || this == PUNCTUATION;
    }
}
