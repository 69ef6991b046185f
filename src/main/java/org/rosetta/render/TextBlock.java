package org.rosetta.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A labelled text as the query commands print it: {@code "   fa  "} then the text wrapped by word to the line
 * width, continuation lines indented under the text; a right-to-left text right-aligned and, in
 * {@link BidiMode#ROSETTA}, each visual line in display order. Pure and thread-safe.
 *
 * @param width the whole line's width in terminal columns
 */
public record TextBlock(int width, BidiMode bidi) {

    public List<String> lines(String label, String text, Column column) {
        String indent = " ".repeat(DisplayWidth.of(label));
        int room = Math.max(10, width - indent.length());
        List<String> lines = new ArrayList<>();
        for (String line : Wrapper.wrap(text, room, column.locale())) {
            String shown = bidi == BidiMode.ROSETTA ? VisualLine.of(line, column.rightToLeft()) : line;
            String pad = column.rightToLeft() ? " ".repeat(Math.max(0, room - DisplayWidth.of(line))) : "";
            lines.add((lines.isEmpty() ? label : indent) + pad + shown);
        }
        return lines;
    }

    /** {@code text} padded with spaces to {@code columns} display columns (on the right), in display order. */
    public String padded(String text, Column column, int columns) {
        String shown = bidi == BidiMode.ROSETTA ? VisualLine.of(text, column.rightToLeft()) : text;
        return shown + " ".repeat(Math.max(0, columns - DisplayWidth.of(text)));
    }
}
