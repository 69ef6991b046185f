package org.rosetta.align;

import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Gregorian years a Persian text's years mean: Persian writes years in the solar Hijri calendar, whose year
 * 1367 began in March 1988 and ended in March 1989, so "تابستان ۱۳۶۷" is the summer of 1988, and "سال ۶۷", the year
 * (13)67, as Persian writes a year of its century by two digits after "سال". Each such year is the two Gregorian
 * years it overlaps. Other languages' years are left alone (a date with its month is {@link DateMentions}'s). Stateless.
 */
final class SolarHijriYears {

    /** Solar Hijri years a Persian text of the last century and this one names: 1300 (1921) to 1450 (2071). */
    private static final int FIRST = 1300;
    private static final int LAST = 1450;
    private static final int OFFSET = 621;
    /** "سال" (year) and a two-digit number: a year of the 1300s. */
    private static final Pattern YEAR_OF_CENTURY = Pattern.compile("سال\\s+([۰-۹0-9]{2})(?![۰-۹0-9])");

    private SolarHijriYears() {
    }

    /** The Gregorian years (each solar Hijri year's two) of the years {@code sentence} writes, in text order. */
    static List<Long> gregorian(String sentence, List<WordNormaliser.Anchor> numbers, Language language) {
        List<Long> years = new ArrayList<>();
        if (!language.primary().equals("fa")) {
            return years;
        }
        for (WordNormaliser.Anchor number : numbers) {
            if (number.isNumber() && number.value().length() == 4) {
                long year = Long.parseLong(number.value());
                if (year >= FIRST && year <= LAST) {
                    years.add(year + OFFSET);
                    years.add(year + OFFSET + 1);
                }
            }
        }
        Matcher century = YEAR_OF_CENTURY.matcher(sentence);
        while (century.find()) {
            long year = 1300 + Long.parseLong(WordNormaliser.asciiDigits(century.group(1)));
            years.add(year + OFFSET);
            years.add(year + OFFSET + 1);
        }
        return years;
    }
}
