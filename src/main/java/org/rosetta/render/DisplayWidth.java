package org.rosetta.render;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How many terminal columns text takes: East Asian wide and fullwidth characters 2; combining marks, ZWNJ, ZWJ and
 * other format characters 0; everything else 1. Text is measured and cut by grapheme cluster (ICU), so a base letter
 * and its marks, or an emoji sequence, are never split. Stateless and thread-safe.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The columns {@code text} takes. */
    public static int of(String text) {
        int width = 0;
        for (String cluster : clusters(text)) {
            width += ofCluster(cluster);
        }
        return width;
    }

    /** The grapheme clusters of {@code text}, in order. */
    public static List<String> clusters(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        List<String> clusters = new ArrayList<>();
        for (int start = characters.first(), end = characters.next(); end != BreakIterator.DONE;
             start = end, end = characters.next()) {
            clusters.add(text.substring(start, end));
        }
        return clusters;
    }

    /** The columns one grapheme cluster takes: its widest code point. */
    static int ofCluster(String cluster) {
        int width = 0;
        for (int k = 0; k < cluster.length(); ) {
            int c = cluster.codePointAt(k);
            width = Math.max(width, ofCodePoint(c));
            k += Character.charCount(c);
        }
        return width;
    }

    static int ofCodePoint(int c) {
        int type = UCharacter.getType(c);
        if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.FORMAT
                || type == UCharacter.CONTROL) {
            return 0;
        }
        int eastAsian = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        return eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH ? 2
                : 1;
    }
}
