package org.rosetta.render;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A key-word-in-context line aligned on the keyword: the context before and after cut to {@code context} display
 * columns each (whole grapheme clusters, the part nearest the keyword kept), so keywords of every line start in
 * the same column. In a left-to-right language the preceding context is on the left, padded on its outer side; in
 * a right-to-left one it reads from the right: the following context is on the left (padded on the left, its far
 * end cut), the preceding on the right, each piece in display order in {@link BidiMode#ROSETTA}; in
 * {@link BidiMode#TERMINAL} the line is in logical order (preceding, keyword, following) after the same pad, which
 * a terminal that reorders right-to-left runs shows the same way (a column off where a context is empty, its space
 * then taking the direction of the pad). Pure and thread-safe.
 *
 * @param context display columns of context on each side
 */
public record Kwic(int context, BidiMode bidi) {

    public String line(String before, String keyword, String after, Column column, UnaryOperator<String> emphasis) {
        String head = tail(before.stripTrailing(), context);
        String rest = head(after.stripLeading(), context);
        boolean rtl = column.rightToLeft();
        String left = rtl ? rest : head;
        String right = rtl ? head : rest;
        String pad = " ".repeat(context - DisplayWidth.of(left));
        if (rtl && bidi == BidiMode.TERMINAL) {
            // logical order, which the terminal reverses: the following context lands on the left after the pad
            return (pad + head + " " + emphasis.apply(keyword) + " " + rest).stripTrailing();
        }
        return (pad + shown(left, rtl) + " " + emphasis.apply(shown(keyword, rtl)) + " " + shown(right, rtl))
                .stripTrailing();
    }

    private String shown(String text, boolean rtl) {
        return bidi == BidiMode.ROSETTA ? VisualLine.of(text, rtl) : text;
    }

    /** The last clusters of {@code text} that fit in {@code columns}. */
    static String tail(String text, int columns) {
        List<String> clusters = DisplayWidth.clusters(text);
        StringBuilder kept = new StringBuilder();
        int width = 0;
        for (int c = clusters.size() - 1; c >= 0; c--) {
            int w = DisplayWidth.ofCluster(clusters.get(c));
            if (width + w > columns) {
                break;
            }
            kept.insert(0, clusters.get(c));
            width += w;
        }
        return kept.toString();
    }

    /** The first clusters of {@code text} that fit in {@code columns}. */
    static String head(String text, int columns) {
        StringBuilder kept = new StringBuilder();
        int width = 0;
        for (String cluster : DisplayWidth.clusters(text)) {
            int w = DisplayWidth.ofCluster(cluster);
            if (width + w > columns) {
                break;
            }
            kept.append(cluster);
            width += w;
        }
        return kept.toString();
    }
}
