package org.rosetta.ingest;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import org.rosetta.model.Language;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU's month and weekday names of a language, in the Gregorian calendar and the language's own (Persian, Islamic,
 * ...), of the language and of each of its regional locales, which may name months otherwise (Arabic in the Levant
 * and Iraq writes "كانون الثاني" for January, Dari "جدی" for the tenth solar month): wide and abbreviated, format
 * and stand-alone, keyed in lower case without ZWNJ or a final period. Worked out once per language and shared by
 * date-line detection and the dates the aligner and QA compare. Thread-safe.
 */
public final class CalendarNames {

    /** A month name's calendar (ICU's type: {@code gregorian}, {@code persian}, ...) and month (0-based). */
    public record Month(String calendar, int month) {
    }

    private static final Map<String, CalendarNames> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Map<String, Month> months;
    /** Every word of a month or weekday name. */
    private final Set<String> words;

    private CalendarNames(Map<String, Month> months, Set<String> words) {
        this.months = Map.copyOf(months);
        this.words = Set.copyOf(words);
    }

    /** The language's names; the first call for a language reads ICU's data for it and its regional locales. */
    public static CalendarNames of(Language language) {
        return BY_LANGUAGE.computeIfAbsent(language.primary(), CalendarNames::load);
    }

    /** The month a name (a word, or two: "تشرين الثاني") means; a name two calendars share keeps the Gregorian one. */
    public java.util.Optional<Month> month(String name) {
        return java.util.Optional.ofNullable(months.get(key(name)));
    }

    /** Whether a word is a month or weekday name, or a part of one ("الثاني" of "تشرين الثاني"). */
    public boolean isCalendarWord(String word) {
        return words.contains(key(word));
    }

    /** A name as keyed: lower case, no ZWNJ, no final period ("janv." is "janv"). */
    public static String key(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace("\u200c", "");
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    private static CalendarNames load(String language) {
        Map<String, Month> months = new HashMap<>();
        Set<String> words = new java.util.HashSet<>();
        List<ULocale> locales = locales(language);
        // the Gregorian calendar's names of every locale first, so that a name two calendars share keeps it
        for (boolean gregorian : new boolean[] {true, false}) {
            for (ULocale locale : locales) {
                String calendar = gregorian ? "gregorian" : Calendar.getInstance(locale).getType();
                if (!gregorian && calendar.equals("gregorian")) {
                    continue;
                }
                DateFormatSymbols symbols = new DateFormatSymbols(Calendar.getInstance(
                        new ULocale(locale.getName() + "@calendar=" + calendar)), locale);
                for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                    for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                        String[] names = symbols.getMonths(context, width);
                        for (int month = 0; month < names.length; month++) {
                            if (names[month] != null && key(names[month]).length() > 1) {
                                months.putIfAbsent(key(names[month]), new Month(calendar, month));
                                addWords(words, names[month]);
                            }
                        }
                        addAll(words, symbols.getWeekdays(context, width));
                    }
                }
            }
        }
        return new CalendarNames(months, words);
    }

    /** The language's own locale first, then its regional ones. */
    private static List<ULocale> locales(String language) {
        List<ULocale> locales = new java.util.ArrayList<>(List.of(new ULocale(language)));
        for (ULocale regional : ULocale.getAvailableLocales()) {
            if (regional.getLanguage().equals(language) && !regional.getCountry().isEmpty()) {
                locales.add(regional);
            }
        }
        return locales;
    }

    private static void addAll(Set<String> words, String[] names) {
        for (String name : names) {
            if (name != null) {
                addWords(words, name);
            }
        }
    }

    private static void addWords(Set<String> words, String name) {
        for (String part : key(name).split("\\s+")) {
            String bare = key(part);
            if (bare.length() > 1) {
                words.add(bare);
            }
        }
    }
}
