package org.rosetta.align;

import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Gregorian years a Persian text's years mean: Persian writes years in the solar Hijri calendar, whose year
 * 1367 began in March 1988 and ended in March 1989, so "تابستان ۱۳۶۷" is the summer of 1988, and "سال ۶۷" the year
 * (13)67, as Persian writes a year by two digits after "سال" ("سال ۰۱" is 1401). Each such year is the two Gregorian
 * years it overlaps; a four-digit count in that range ("۱۴۰۰ نفر", 1400 people) is read as a year too, which only a
 * Gregorian year of the other side can make anything of. Other languages' years are left alone (a date with its month is {@link DateMentions}'s). Stateless.
 */
final class SolarHijriYears {

    /** Solar Hijri years a Persian text of the last century and this one names: 1300 (1921) to 1450 (2071). */
    private static final int FIRST = 1300;
    private static final int LAST = 1450;
    private static final int OFFSET = 621;
    /** "سال" (year), a word of its own, and a two-digit number: a year of this century or the last. */
    private static final Pattern YEAR_OF_CENTURY = Pattern.compile("(?<![\\p{L}\\p{M}\\u200C])سال\\s+([۰-۹0-9]{2})"
            + "(?![۰-۹0-9])");
    /** Two digits up to this are a year of the 1400s ("سال ۰۱", 1401, 2022); above it, of the 1300s ("سال ۶۷"). */
    private static final int THIS_CENTURY = 30;

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
                    overlapped(year, years);
                }
            }
        }
        Matcher century = YEAR_OF_CENTURY.matcher(sentence);
        while (century.find()) {
            long digits = Long.parseLong(WordNormaliser.asciiDigits(century.group(1)));
            overlapped((digits <= THIS_CENTURY ? FIRST + 100 : FIRST) + digits, years);
        }
        return years;
    }

    /** Adds the two Gregorian years a solar Hijri year overlaps. */
    private static void overlapped(long year, List<Long> years) {
        years.add(year + OFFSET);
        years.add(year + OFFSET + 1);
    }
}
