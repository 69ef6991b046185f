package org.rosetta.render;

/** Who puts right-to-left text in display order: Rosetta (for terminals that do no bidi) or the terminal. */
public enum BidiMode {
    /** Rosetta reorders every visual line with the Unicode Bidirectional Algorithm (ICU). */
    ROSETTA,
    /** Lines are printed in logical order; the terminal reorders them itself. */
    TERMINAL
}
