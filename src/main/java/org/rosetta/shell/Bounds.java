package org.rosetta.shell;

import java.util.Locale;

/**
 * The ranges of the query commands' numeric options, checked before any work: a value outside is a usage error
 * naming the option and its range (exit 2). The ranges keep every command bounded in time and memory whatever the
 * index holds: {@code concordance} prints at most {@value #MAX_LIMIT} lines of at most 2 x {@value #MAX_WIDTH}
 * characters of context.
 */
final class Bounds {

    static final int MAX_LIMIT = 500;
    static final int MAX_WIDTH = 200;
    static final int MAX_PAGE = 100_000;
    /** A translation-memory lookup is of one sentence; longer text is refused rather than matched for minutes. */
    static final int MAX_FUZZY_CHARACTERS = 2_000;

    private Bounds() {
    }

    static int check(String option, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            throw new UsageException(String.format(Locale.ROOT, "--%s must be %d to %d (got %s)", option, min, max,
                    value));
        }
        return value;
    }

    static String sentence(String text) {
        if (text.length() > MAX_FUZZY_CHARACTERS) {
            throw new UsageException(String.format(Locale.ROOT, "fuzzy looks up one sentence of at most %,d"
                    + " characters (got %,d); split the text first", MAX_FUZZY_CHARACTERS, text.length()));
        }
        return text;
    }
}
