package org.rosetta.align;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import org.rosetta.ingest.CalendarNames;
import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a sentence writes, as days, so that two sentences can be compared date by date whatever their
 * calendar and their way of writing it: "2 June 2025", "June 2, 2025", "21. November 2023", "02/06/2025" and
 * "2025-06-02" (a day-first and a month-first reading where both are dates), "۱۲ خرداد ۱۴۰۴" (the Persian
 * calendar), "3 تشرين الثاني/نوفمبر 2023". Month names are ICU's for the sentence's language
 * ({@link CalendarNames}). A month and a year without a day is no date here. The aligner keys sentences by them
 * ({@link SentenceKeys}), and QA's numbers check compares them. Thread-safe.
 */
public final class DateMentions {

    /** A date in a sentence: where it is written, and the days (Julian day numbers) it may mean. */
    public record Mention(Span span, Set<Long> days) {

        public boolean sameDayAs(Mention other) {
            return days.stream().anyMatch(other.days::contains);
        }

        public boolean covers(int start, int end) {
            return span.start() <= start && end <= span.end();
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\p{Nd}+|[\\p{L}\\p{M}\\u200c]+");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\p{Nd})(\\p{Nd}{1,4})([./-])(\\p{Nd}{1,2})\\2(\\p{Nd}{1,4})(?!\\p{Nd})");

    private DateMentions() {
    }

    /** The dates {@code text} writes: those with a month name, then the numeric ones not inside them. */
    public static List<Mention> in(String text, Language language) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return List.of(); // every date here has a day and a year in digits: the aligner asks of every sentence
        }
        List<Mention> mentions = new ArrayList<>();
        written(text, language, mentions);
        numeric(text, language, mentions);
        return mentions;
    }

    /** Dates with a month name: a day before it or after it, and a year after both. */
    private static void written(String text, Language language, List<Mention> mentions) {
        CalendarNames months = CalendarNames.of(language);
        List<int[]> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens.add(new int[] {token.start(), token.end()});
        }
        for (int k = 0; k < tokens.size(); k++) {
            int[] at = tokens.get(k);
            CalendarNames.Month month = months.month(text.substring(at[0], at[1])).orElse(null);
            int last = k;
            if (month == null && k + 1 < tokens.size()) { // a name of two words: "تشرين الثاني"
                month = months.month(text.substring(at[0], tokens.get(k + 1)[1])).orElse(null);
                last = k + 1;
            }
            if (month == null) {
                continue;
            }
            // "تشرين الثاني/نوفمبر": the same month named twice
            while (last + 1 < tokens.size() && months.month(text.substring(tokens.get(last + 1)[0],
                    tokens.get(last + 1)[1])).isPresent() && text.substring(tokens.get(last)[1],
                    tokens.get(last + 1)[0]).strip().equals("/")) {
                last++;
            }
            Integer dayBefore = k > 0 && gap(tokens.get(k - 1), at) ? number(text, tokens.get(k - 1), 1, 31) : null;
            Integer dayAfter = dayBefore == null && last + 1 < tokens.size()
                    && gap(tokens.get(last), tokens.get(last + 1)) ? number(text, tokens.get(last + 1), 1, 31) : null;
            int yearAt = dayAfter == null ? last + 1 : last + 2;
            Integer year = yearAt < tokens.size() ? number(text, tokens.get(yearAt), 100, 9999) : null;
            Integer day = dayBefore != null ? dayBefore : dayAfter;
            if (day == null || year == null || !gap(tokens.get(yearAt - 1), tokens.get(yearAt))) {
                continue;
            }
            int start = dayBefore != null ? tokens.get(k - 1)[0] : at[0];
            Set<Long> days = new TreeSet<>();
            julianDay(month.calendar(), year, month.month(), day).ifPresent(days::add);
            if (!days.isEmpty()) {
                mentions.add(new Mention(new Span(start, tokens.get(yearAt)[1]), days));
            }
        }
    }

    /** Numeric dates: day, month and year in either of the orders that make a date, or a year first. */
    private static void numeric(String text, Language language, List<Mention> mentions) {
        Matcher date = NUMERIC.matcher(text);
        while (date.find()) {
            int a = digits(date.group(1));
            int b = digits(date.group(3));
            int c = digits(date.group(4));
            Set<Long> days = new TreeSet<>();
            if (date.group(1).length() == 4) { // 2025-06-02, or ۱۴۰۴/۰۳/۱۲ in the Persian calendar
                julianDay(numericCalendar(language, a), a, b - 1, c).ifPresent(days::add);
            } else if (date.group(4).length() != 3) {
                // a two-digit year is of this century up to 69, of the last from 70 (POSIX's rule)
                int year = date.group(4).length() > 2 ? c : c < 70 ? 2000 + c : 1900 + c;
                String calendar = date.group(4).length() > 2 ? numericCalendar(language, year) : "gregorian";
                julianDay(calendar, year, b - 1, a).ifPresent(days::add);
                julianDay(calendar, year, a - 1, b).ifPresent(days::add);
            }
            if (!days.isEmpty() && mentions.stream().noneMatch(m -> m.covers(date.start(), date.end()))) {
                mentions.add(new Mention(new Span(date.start(), date.end()), days));
            }
        }
    }

    /**
     * The calendar a numeric date's year says: below 1500, the Persian one in Persian ("۱۴۰۴/۰۳/۱۲") and the Islamic
     * one in Arabic ("6/12/1446"); the Gregorian one otherwise.
     */
    private static String numericCalendar(Language language, int year) {
        if (year >= 1500) {
            return "gregorian";
        }
        return switch (language.primary()) {
            case "fa" -> "persian";
            case "ar" -> "islamic-umalqura";
            default -> "gregorian";
        };
    }

    private static Optional<Long> julianDay(String calendar, int year, int month, int day) {
        if (month < 0 || month > 11 || day < 1 || day > 31) {
            return Optional.empty();
        }
        Calendar date = Calendar.getInstance(new ULocale("en@calendar=" + calendar));
        date.setLenient(false);
        date.clear();
        date.set(year, month, day);
        try {
            return Optional.of((long) date.get(Calendar.JULIAN_DAY));
        } catch (IllegalArgumentException notADate) {
            return Optional.empty();
        }
    }

    /** Whether two tokens are close enough to be parts of one date: "2 June", "21. November", "June 2, 2025". */
    private static boolean gap(int[] before, int[] after) {
        return after[0] - before[1] <= 3;
    }

    private static Integer number(String text, int[] token, int low, int high) {
        String word = text.substring(token[0], token[1]);
        if (!word.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int value = word.length() > 4 ? -1 : digits(word);
        return value >= low && value <= high ? value : null;
    }

    private static int digits(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + Character.digit(digits.charAt(i), 10);
        }
        return value;
    }
}
