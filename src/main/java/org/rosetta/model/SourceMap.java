package org.rosetta.model;

import java.util.Arrays;

/**
 * Where each character of a document's extracted text came from in its source file as read (decoded): a list of
 * runs, each mapping a stretch of text onto a stretch of source. Runs of equal length map character by character;
 * a run whose lengths differ (an HTML entity, a Unicode normalisation) maps proportionally. Immutable.
 */
public final class SourceMap {

    private final int[] textStart;
    private final int[] textLength;
    private final int[] sourceStart;
    private final int[] sourceLength;

    /** Runs as parallel arrays, in text order, without gaps in the text. */
    public SourceMap(int[] textStart, int[] textLength, int[] sourceStart, int[] sourceLength) {
        this.textStart = textStart.clone();
        this.textLength = textLength.clone();
        this.sourceStart = sourceStart.clone();
        this.sourceLength = sourceLength.clone();
    }

    /** The text is the source: offsets map to themselves. */
    public static SourceMap identity(int length) {
        return new SourceMap(new int[] {0}, new int[] {length}, new int[] {0}, new int[] {length});
    }

    /** The source span of a span of text: from where its first character came to where its last one ended. */
    public Span toSource(Span text) {
        if (textStart.length == 0) {
            return new Span(0, 0);
        }
        if (text.length() == 0) {
            int at = sourceOf(text.start(), false);
            return new Span(at, at);
        }
        int start = sourceOf(text.start(), false);
        int end = sourceOf(text.end() - 1, true);
        return new Span(start, Math.max(start, end));
    }

    /** The source offset of a text character; with {@code end}, the offset just after it. */
    private int sourceOf(int offset, boolean end) {
        int run = Arrays.binarySearch(textStart, offset);
        if (run < 0) {
            run = -run - 2;
        }
        run = Math.max(0, Math.min(run, textStart.length - 1));
        int into = offset - textStart[run];
        if (textLength[run] == sourceLength[run]) {
            return sourceStart[run] + into + (end ? 1 : 0);
        }
        double scale = textLength[run] == 0 ? 0 : (double) sourceLength[run] / textLength[run];
        return sourceStart[run] + (int) Math.round((into + (end ? 1 : 0)) * scale);
    }
}
