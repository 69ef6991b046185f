package org.rosetta.review;

import org.rosetta.model.Language;

import java.util.List;
import java.util.Map;

/**
 * A correction a person asks for, on the units of one article as they were built. Sentences are numbered as
 * {@code segment} prints them.
 */
public sealed interface Edit {

    /** The unit with the next one, as one unit. */
    record Merge(String unit) implements Edit {
    }

    /** The unit in two, after sentence {@code at.get(L)} of each language named. */
    record Split(String unit, Map<Language, Integer> at) implements Edit {
    }

    /** One sentence, the first or last of its unit in its language, to the unit before or after. */
    record Move(Language language, int sentence, Direction to) implements Edit {
    }

    /** One sentence has no counterpart in any language. */
    record Unlink(Language language, int sentence) implements Edit {
    }

    /** These units are right as the aligner made them. */
    record Confirm(List<String> units) implements Edit {
        public Confirm {
            units = List.copyOf(units);
        }
    }

    /** Where {@link Move} sends a sentence. */
    enum Direction { PREVIOUS, NEXT }
}
