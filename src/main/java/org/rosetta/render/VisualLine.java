package org.rosetta.render;

import com.ibm.icu.text.Bidi;

/**
 * One line of text in the order a terminal that does no bidi must print it, by ICU's Unicode Bidirectional
 * Algorithm with the paragraph direction given (mirrored brackets included). A line, not a paragraph: call it after
 * wrapping, so each visual line holds the words that belong on it. Stateless and thread-safe.
 */
public final class VisualLine {

    private VisualLine() {
    }

    /** {@code line} (logical order) in display order, left to right. */
    public static String of(String line, boolean rightToLeft) {
        if (line.isEmpty()) {
            return line;
        }
        Bidi bidi = new Bidi(line, rightToLeft ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }
}
