package org.rosetta.exchange;

/**
 * Keeps spreadsheets from running cells as formulas (CSV injection): a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text and
 * hide. A cell that already begins with an apostrophe gets one too, so {@link #restore} is exact:
 * {@code restore(neutralise(x)) == x} for every text.
 */
final class SpreadsheetSafety {

    static String neutralise(String text) {
        return needsQuote(text) ? "'" + text : text;
    }

    static String restore(String cell) {
        return cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsQuote(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'';
    }

    private SpreadsheetSafety() {
    }
}
