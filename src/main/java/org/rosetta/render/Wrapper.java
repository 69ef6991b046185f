package org.rosetta.render;

import com.ibm.icu.text.BreakIterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wraps text into lines of at most a display width, at the line-break opportunities of ICU's line break iterator
 * (between words, after CJK characters, never inside a grapheme cluster); a word wider than a line is cut between
 * clusters. Lines keep logical (stored) order; trailing spaces are dropped. Stateless and thread-safe.
 */
public final class Wrapper {

    private Wrapper() {
    }

    public static List<String> wrap(String text, int width, Locale locale) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1");
        }
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
             start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            int pieceWidth = DisplayWidth.of(piece.stripTrailing());
            if (lineWidth > 0 && lineWidth + pieceWidth > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            if (pieceWidth > width) { // one word wider than the line: cut it between clusters
                for (String cluster : DisplayWidth.clusters(piece)) {
                    int clusterWidth = DisplayWidth.ofCluster(cluster);
                    if (lineWidth + clusterWidth > width && lineWidth > 0) {
                        lines.add(line.toString().stripTrailing());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.append(cluster);
                    lineWidth += clusterWidth;
                }
                continue;
            }
            line.append(piece);
            lineWidth += DisplayWidth.of(piece);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
