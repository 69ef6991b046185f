package org.rosetta.model;

/**
 * A half-open range {@code [start, end)}: of characters into a text (offsets count UTF-16 code units, as
 * {@link String#substring(int, int)} does), or of sentences into a segmented document, as the user says.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether both ranges are non-empty and have a position in common. */
    public boolean overlaps(Span other) {
        return length() > 0 && other.length() > 0 && start < other.end && other.start < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
