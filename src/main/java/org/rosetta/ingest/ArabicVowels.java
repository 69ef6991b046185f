package org.rosetta.ingest;

import java.util.regex.Pattern;

/**
 * Arabic short vowels, tanwin, shadda, sukun and the dagger alef: marks a page may write or leave out ("تبرّع" and
 * "تبرع", ICU's "عُمان" and a page's "عمان"), so text is compared without them. Stateless.
 */
public final class ArabicVowels {

    private static final Pattern MARKS = Pattern.compile("[\u064B-\u0652\u0670]");

    private ArabicVowels() {
    }

    /** {@code text} without them. */
    public static String without(String text) {
        return MARKS.matcher(text).replaceAll("");
    }
}
