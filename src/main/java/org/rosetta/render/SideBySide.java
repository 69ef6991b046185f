package org.rosetta.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Units as rows of columns side by side, one column per language: a heading line per unit, then the columns'
 * texts wrapped by word to their width, measured in display columns. A right-to-left column is right-aligned and,
 * in {@link BidiMode#ROSETTA}, each of its visual lines is put in display order, so Persian with Latin names and
 * digits reads right in a terminal that does no bidi. Pure: rows in, lines out. Thread-safe.
 *
 * @param columns one per language, in display order
 * @param width   the whole line's width in terminal columns
 * @param bidi    who reorders right-to-left text
 */
public record SideBySide(List<Column> columns, int width, BidiMode bidi) {

    /** Between columns. */
    static final String GAP = " │ ";

    public SideBySide {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no column to show");
        }
    }

    /** One unit: its heading and one text per column (empty where the unit lacks the language). */
    public record Row(String heading, List<String> texts) {
        public Row {
            texts = List.copyOf(texts);
        }
    }

    /** The width of each column. */
    public int columnWidth() {
        return Math.max(8, (width - GAP.length() * (columns.size() - 1)) / columns.size());
    }

    /** The column headings line. */
    public String titles() {
        List<List<String>> cells = new ArrayList<>();
        for (Column column : columns) {
            cells.add(List.of(column.title()));
        }
        return join(cells).getFirst();
    }

    public List<String> render(Row row) {
        if (row.texts().size() != columns.size()) {
            throw new IllegalArgumentException("one text per column");
        }
        List<String> lines = new ArrayList<>();
        lines.add(row.heading());
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cells.add(Wrapper.wrap(row.texts().get(c), columnWidth(), columns.get(c).locale()));
        }
        lines.addAll(join(cells));
        return lines;
    }

    /** Cells (wrapped lines per column) as lines of the whole width, each cell padded on its reading-end side. */
    private List<String> join(List<List<String>> cells) {
        int height = cells.stream().mapToInt(List::size).max().orElse(0);
        int columnWidth = columnWidth();
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < height; l++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                String text = l < cells.get(c).size() ? cells.get(c).get(l) : "";
                String shown = bidi == BidiMode.ROSETTA ? VisualLine.of(text, column.rightToLeft()) : text;
                String pad = " ".repeat(Math.max(0, columnWidth - DisplayWidth.of(text)));
                if (c > 0) {
                    line.append(GAP);
                }
                line.append(column.rightToLeft() ? pad + shown : c == columns.size() - 1 ? shown : shown + pad);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
