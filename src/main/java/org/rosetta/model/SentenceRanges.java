package org.rosetta.model;

import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * The sentences of a unit per language as people write them: {@code en:13-14 fr:13 fa:-} is English sentences 13
 * and 14, French sentence 13, no Persian, numbered from 0 as {@code segment} prints them. The one notation of the
 * TMX prop {@code x-sentences}, the corrections files and the command line.
 */
public final class SentenceRanges {

    private SentenceRanges() {
    }

    public static String format(SequencedMap<Language, Span> ranges) {
        StringBuilder text = new StringBuilder();
        ranges.forEach((language, span) -> {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(language.tag()).append(':').append(format(span));
        });
        return text.toString();
    }

    /** {@code 13}, {@code 13-14}, or {@code -} for an empty range (which has no position). */
    public static String format(Span span) {
        return span.length() == 0 ? "-" : span.length() == 1 ? Integer.toString(span.start())
                : span.start() + "-" + (span.end() - 1);
    }

    /** The ranges of {@link #format}; throws {@link IllegalArgumentException} naming what is wrong. */
    public static SequencedMap<Language, Span> parse(String text) {
        SequencedMap<Language, Span> ranges = new LinkedHashMap<>();
        for (String part : text.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("'" + part + "' is not LANG:N, LANG:N-M or LANG:-");
            }
            ranges.put(Language.of(part.substring(0, colon)), span(part.substring(colon + 1)));
        }
        return ranges;
    }

    /** Whether two units' sentences share a sentence in some language. */
    public static boolean share(java.util.Map<Language, Span> a, java.util.Map<Language, Span> b) {
        for (java.util.Map.Entry<Language, Span> range : a.entrySet()) {
            Span other = b.get(range.getKey());
            if (other != null && range.getValue().overlaps(other)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 13}, {@code 13-14} or {@code -}; an empty range is placed at 0. */
    public static Span span(String text) {
        if (text.equals("-")) {
            return new Span(0, 0);
        }
        try {
            int dash = text.indexOf('-');
            int first = Integer.parseInt(dash < 0 ? text : text.substring(0, dash));
            int last = dash < 0 ? first : Integer.parseInt(text.substring(dash + 1));
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("'" + text + "' is not a range of sentences (N or N-M, N <= M)");
            }
            return new Span(first, last + 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a sentence number (N, N-M or -)");
        }
    }
}
