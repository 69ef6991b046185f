package org.rosetta.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Text that remembers where it came from in the source: runs of {text offset, text length, source offset, source
 * length}. Cleaning builds new text from slices of old text, so the origin of every character survives every
 * step. Immutable.
 */
final class MappedText {

    /** {textStart, textLength, sourceStart, sourceLength}. */
    private record Run(int textStart, int textLength, int sourceStart, int sourceLength) {
    }

    private final String text;
    private final List<Run> runs;

    private MappedText(String text, List<Run> runs) {
        this.text = text;
        this.runs = runs;
    }

    /** {@code source[start, end)}, mapped to itself. */
    static MappedText of(String source, int start, int end) {
        return new MappedText(source.substring(start, end), List.of(new Run(0, end - start, start, end - start)));
    }

    /** Text that stands at one place of the source (a space that joins two lines stands where the line break was). */
    static MappedText at(String text, int sourceOffset, int sourceLength) {
        return new MappedText(text, List.of(new Run(0, text.length(), sourceOffset, sourceLength)));
    }

    static MappedText empty() {
        return new MappedText("", List.of());
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** Source offset where this text starts, or -1 when it is empty. */
    int sourceStart() {
        return runs.isEmpty() ? -1 : runs.getFirst().sourceStart;
    }

    int sourceEnd() {
        return runs.isEmpty() ? -1 : runs.getLast().sourceStart + runs.getLast().sourceLength;
    }

    MappedText slice(int start, int end) {
        if (start == 0 && end == text.length()) {
            return this;
        }
        List<Run> sliced = new ArrayList<>();
        for (Run run : runs) {
            int from = Math.max(start, run.textStart);
            int to = Math.min(end, run.textStart + run.textLength);
            if (from >= to) {
                continue;
            }
            int sourceFrom;
            int sourceTo;
            if (run.textLength == run.sourceLength) {
                sourceFrom = run.sourceStart + (from - run.textStart);
                sourceTo = run.sourceStart + (to - run.textStart);
            } else {
                double scale = (double) run.sourceLength / run.textLength;
                sourceFrom = run.sourceStart + (int) Math.round((from - run.textStart) * scale);
                sourceTo = run.sourceStart + (int) Math.round((to - run.textStart) * scale);
            }
            sliced.add(new Run(from - start, to - from, sourceFrom, sourceTo - sourceFrom));
        }
        return new MappedText(text.substring(start, end), sliced);
    }

    MappedText append(MappedText more) {
        if (more.text.isEmpty()) {
            return this;
        }
        if (text.isEmpty()) {
            return more;
        }
        List<Run> joined = new ArrayList<>(runs);
        for (Run run : more.runs) {
            joined.add(new Run(run.textStart + text.length(), run.textLength, run.sourceStart, run.sourceLength));
        }
        return new MappedText(text + more.text, joined);
    }

    /** The same stretch of source, with other text (a normalised form of it). */
    MappedText replacedBy(String other) {
        if (other.equals(text)) {
            return this;
        }
        int start = Math.max(0, sourceStart());
        return new MappedText(other, other.isEmpty() ? List.of()
                : List.of(new Run(0, other.length(), start, Math.max(0, sourceEnd() - start))));
    }

    /** White space runs become one space; leading and trailing white space goes. */
    MappedText collapseWhiteSpace() {
        MappedText result = empty();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                if (result.length() > 0) {
                    result = result.append(slice(start - 1, start).replacedBy(" "));
                }
                result = result.append(slice(start, i));
            }
        }
        return result;
    }

    int[][] runArrays() {
        int[][] arrays = new int[4][runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            arrays[0][r] = run.textStart;
            arrays[1][r] = run.textLength;
            arrays[2][r] = run.sourceStart;
            arrays[3][r] = run.sourceLength;
        }
        return arrays;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
