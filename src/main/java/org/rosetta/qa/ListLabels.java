package org.rosetta.qa;

import java.util.regex.Pattern;

/**
 * A list item's label closed by a bracket: "a)", "b )", "12)", "iv)". Written before an item, it opens no bracket
 * (the punctuation check) and the item's first word starts a sentence (the names check). Stateless.
 */
final class ListLabels {

    private static final String LABEL = "(?:\\p{L}|\\p{Nd}{1,3}|(?i:[ivx]{1,5}))\\s?\\)";
    /** A label that opens a text. */
    private static final Pattern OPENING = Pattern.compile("^\\s*" + LABEL);
    /** A label that ends a text, at its start or after a space or a sentence's end. */
    private static final Pattern ENDING = Pattern.compile("(?:^|(?<=[\\s.!?:;]))" + LABEL + "$");

    private ListLabels() {
    }

    /** {@code text} without the label that opens it, if any. */
    static String withoutOpening(String text) {
        return OPENING.matcher(text).replaceFirst("");
    }

    /** {@code text} without the label that ends it, if any: the text before an item's first word. */
    static String withoutEnding(String text) {
        return ENDING.matcher(text).replaceFirst("");
    }
}
