package org.rosetta.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * A number's digit groups read as one number, however they are separated: "30,000", "30 000" (with a space, a
 * no-break or a narrow no-break space), "30.000", "30'000" and Persian "۳۰٬۰۰۰" are all indexed and searched as
 * "30000", which the analyzers' digit folding then makes one term in every digit system. A separator is dropped
 * where a group of one to three digits that starts a number, or a group of three after another separator, comes
 * before it and exactly three digits after it: "2019 200" (a year, then a count) and "21.09.2021" (a date) stay
 * apart; "1.500" is 1500, as German writes it (an English 1.5 written "1.500" would be read so too). Offsets into
 * the text are kept (the char filter corrects them), so highlights mark what is written. Thread-safe.
 */
public final class DigitGroups extends AnalyzerWrapper {

    private static final String SEPARATORS = ",.\u00A0\u202F\u066C' ";
    private static final String SEPARATOR = "[" + SEPARATORS + "]";
    private static final Pattern GROUPED = Pattern.compile("(?<=(?:^|[^\\p{Nd},.])\\p{Nd}{1,3}|\\p{Nd}" + SEPARATOR
            + "\\p{Nd}{3})" + SEPARATOR + "(?=\\p{Nd}{3}(?!\\p{Nd}))");

    private final Analyzer delegate;

    /** {@code delegate}, reading numbers' digit groups as one. */
    DigitGroups(Analyzer delegate) {
        super(delegate.getReuseStrategy());
        this.delegate = delegate;
    }

    /** {@code text} with the separators between a number's digit groups taken out, as the analyzers read it. */
    public static String joined(String text) {
        return GROUPED.matcher(text).replaceAll("");
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return delegate;
    }

    /**
     * The text, through the char filter only where it has a digit, a separator and a digit in a row: most texts
     * have none, and the filter's pattern, tried at every character, tripled the time to index a unit.
     */
    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        String text;
        try {
            text = read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the analyzers read strings
        }
        return grouped(text) ? new PatternReplaceCharFilter(GROUPED, "", new StringReader(text))
                : new StringReader(text);
    }

    private static String read(Reader reader) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        reader.transferTo(text);
        return text.toString();
    }

    /** Whether a digit, a separator and a digit follow each other somewhere in {@code text}. */
    private static boolean grouped(String text) {
        for (int k = 2; k < text.length(); k++) {
            if (Character.isDigit(text.charAt(k)) && Character.isDigit(text.charAt(k - 2))
                    && SEPARATORS.indexOf(text.charAt(k - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return wrapReader(fieldName, reader);
    }
}
