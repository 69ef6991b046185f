package org.rosetta.ingest;

import java.util.ArrayList;
import java.util.BitSet;
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
        for (int r = firstRunEndingAfter(start); r < runs.size() && runs.get(r).textStart < end; r++) {
            Run run = runs.get(r);
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

    /** Binary search: the first run that ends after {@code offset}. */
    private int firstRunEndingAfter(int offset) {
        int low = 0;
        int high = runs.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            Run run = runs.get(mid);
            if (run.textStart + run.textLength <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    MappedText append(MappedText more) {
        if (more.text.isEmpty()) {
            return this;
        }
        if (text.isEmpty()) {
            return more;
        }
        return new Builder().append(this).append(more).build();
    }

    /**
     * This text without the characters that stand, one for one, at the source offsets {@code dropped} holds (a
     * character standing for a stretch of source that is not its own, a space joining two lines, stays).
     */
    MappedText without(BitSet dropped) {
        Builder kept = new Builder();
        int from = 0;
        for (Run run : runs) {
            for (int i = 0; run.textLength == run.sourceLength && i < run.textLength; i++) {
                if (dropped.get(run.sourceStart + i)) {
                    kept.append(slice(from, run.textStart + i));
                    from = run.textStart + i + 1;
                }
            }
        }
        return from == 0 ? this : kept.append(slice(from, text.length())).build();
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

    /**
     * White space runs become one space; leading and trailing white space goes. A lone no-break space that typography
     * put beside a digit or a French mark ("30 000", "« Oui »", "20 %", "Pourquoi ?") stays, as a translator's tools
     * keep it: a line is not broken there, and the text is the page's; one a page put between words for its layout
     * is a space. Linear in the length.
     */
    MappedText collapseWhiteSpace() {
        Builder result = new Builder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int run = i;
            int noBreak = -1;
            while (i < n && isSpace(text.charAt(i))) {
                if (noBreak < 0 && isNoBreak(text.charAt(i))) {
                    noBreak = i;
                }
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                if (result.length() > 0) {
                    result.append(noBreak >= 0 && start - run == 1 && typographic(text.charAt(run - 1),
                            text.charAt(start)) ? slice(run, start) : slice(start - 1, start).replacedBy(" "));
                }
                result.append(slice(start, i));
            }
        }
        return result.build();
    }

    /** Whether a no-break space between {@code before} and {@code after} is typography's: beside a digit or mark. */
    private static boolean typographic(char before, char after) {
        String marks = "«»:;!?%€‹›";
        return Character.isDigit(before) && Character.isDigit(after) || marks.indexOf(before) >= 0
                || marks.indexOf(after) >= 0;
    }

    private static boolean isNoBreak(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Appends pieces without copying what is already there: linear in the total length. Not thread-safe. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Run> runs = new ArrayList<>();

        Builder append(MappedText piece) {
            for (Run run : piece.runs) {
                add(new Run(run.textStart + text.length(), run.textLength, run.sourceStart, run.sourceLength));
            }
            text.append(piece.text);
            return this;
        }

        /** Adds a run, merged into the last one when it simply continues it in text and source. */
        private void add(Run run) {
            if (!runs.isEmpty()) {
                Run last = runs.getLast();
                if (last.textLength == last.sourceLength && run.textLength == run.sourceLength
                        && last.textStart + last.textLength == run.textStart
                        && last.sourceStart + last.sourceLength == run.sourceStart) {
                    runs.set(runs.size() - 1, new Run(last.textStart, last.textLength + run.textLength,
                            last.sourceStart, last.sourceLength + run.sourceLength));
                    return;
                }
            }
            runs.add(run);
        }

        int length() {
            return text.length();
        }

        MappedText build() {
            return new MappedText(text.toString(), List.copyOf(runs));
        }
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
        return Character.isWhitespace(c) || isNoBreak(c);
    }
}
