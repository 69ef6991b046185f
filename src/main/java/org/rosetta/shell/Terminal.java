package org.rosetta.shell;

import org.rosetta.model.Span;

import java.util.List;

/**
 * How output looks: bold highlights on a real terminal (the launcher says so with {@code -Drosetta.tty=true}),
 * plain text when piped, so scripts read exactly the stored text; the terminal's width ({@code -Drosetta.columns},
 * which the launcher sets from the terminal), {@value #DEFAULT_COLUMNS} when unknown.
 */
record Terminal(boolean colour, int columns) {

    /** The width assumed when the terminal's is unknown (piped output). */
    static final int DEFAULT_COLUMNS = 100;

    /**
     * The terminal the launcher found: {@code -Drosetta.tty} and {@code -Drosetta.columns}; NO_COLOR (no-color.org),
     * any non-empty value, turns highlighting off even on a terminal.
     */
    static Terminal ofProcess() {
        int columns = Integer.getInteger("rosetta.columns", DEFAULT_COLUMNS);
        boolean noColour = !System.getenv().getOrDefault("NO_COLOR", "").isEmpty();
        return new Terminal(Boolean.getBoolean("rosetta.tty") && !noColour, columns >= 20 ? columns : DEFAULT_COLUMNS);
    }

    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    /**
     * Who reorders right-to-left text: {@code option} (a command's {@code --bidi}) if given, else the
     * {@code ROSETTA_BIDI} setting, else Rosetta on a terminal and nobody when output is piped, so a script or
     * {@code grep} reads the stored text in its logical order.
     */
    org.rosetta.render.BidiMode bidi(String option) {
        String value = option != null ? option
                : java.util.Optional.ofNullable(System.getenv("ROSETTA_BIDI")).orElse(colour ? "rosetta" : "terminal");
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "rosetta" -> org.rosetta.render.BidiMode.ROSETTA;
            case "terminal" -> org.rosetta.render.BidiMode.TERMINAL;
            default -> throw new UsageException("--bidi is rosetta or terminal, not '" + value + "'"
                    + (option == null ? " (from ROSETTA_BIDI)" : ""));
        };
    }

    String emphasise(String text) {
        return colour ? BOLD + text + RESET : text;
    }

    String highlight(String text, List<Span> spans) {
        if (!colour || spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : spans) {
            out.append(text, at, span.start()).append(BOLD).append(text, span.start(), span.end()).append(RESET);
            at = span.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
