package org.rosetta.qa;

import java.util.Locale;
import java.util.Optional;

/** The checks, each with its name on the command line and its severity. */
public enum QaCheck {
    /** Source sentences without counterpart, or a target far shorter than the pair's length model expects. */
    OMISSION(Severity.ERROR),
    /** Target sentences without counterpart, or a target far longer than expected. */
    ADDITION(Severity.WARNING),
    /** A number, year, percentage or date of the source missing from the target (any digits, separators). */
    NUMBERS(Severity.ERROR),
    /** A proper name of the source without counterpart in the target, by transliteration. */
    NAMES(Severity.WARNING),
    /** Target identical to the source, or in the wrong script for its language. */
    UNTRANSLATED(Severity.ERROR),
    /** Unbalanced brackets and quotes, question vs statement, URLs, e-mail addresses and hashtags changed. */
    PUNCTUATION(Severity.WARNING),
    /** A glossary term of the source whose rendering the target lacks. */
    TERMINOLOGY(Severity.WARNING),
    /** A term the collection renders one way nearly everywhere and another way in this unit, either direction. */
    CONSISTENCY(Severity.INFO);

    public final Severity severity;

    QaCheck(Severity severity) {
        this.severity = severity;
    }

    /**
     * The checks run when none are named: all but {@link #CONSISTENCY}, which reports a translator's variation
     * ("Chacun" for "Everyone" where the rest says "Toute personne") as much as slips, so it is asked for by name.
     */
    public static java.util.Set<QaCheck> defaults() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(CONSISTENCY));
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QaCheck> ofTag(String tag) {
        for (QaCheck check : values()) {
            if (check.tag().equals(tag.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }
}
