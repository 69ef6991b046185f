package org.rosetta.align;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roman numerals of I, V and X, two letters or more, standing alone ("camp II" for "Lager 2", "XIX"), as numbers
 * from {@value #LEAST} to {@value #MOST}: a lone "I" is a pronoun, and numerals with C, D, L or M are as often
 * acronyms ("CD", "MD"). The aligner keys sentences by them ({@link SentenceKeys}), and QA's numbers check takes
 * them for the number they write. Thread-safe.
 */
public final class RomanNumerals {

    static final int LEAST = 2;
    static final int MOST = 39;
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}])[IVX]{2,}(?![\\p{L}\\p{N}])");
    /** Each numeral as ICU's Roman numbering writes it, and its value. */
    private static final Map<String, Long> VALUES = values();

    private RomanNumerals() {
    }

    /** The numbers the Roman numerals of {@code text} write, in text order. */
    public static List<Long> in(String text) {
        List<Long> numbers = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            Long value = VALUES.get(token.group());
            if (value != null) {
                numbers.add(value);
            }
        }
        return numbers;
    }

    private static Map<String, Long> values() {
        RuleBasedNumberFormat roman = new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM);
        Map<String, Long> values = new HashMap<>();
        for (long value = LEAST; value <= MOST; value++) {
            values.put(roman.format(value, "%roman-upper"), value);
        }
        return Map.copyOf(values);
    }
}
