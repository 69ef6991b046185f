package org.rosetta.qa;

import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times of day a sentence writes, so that "15.30 Uhr", "15 h 30", "15h30", "15:30" and "3.30 pm" compare as one
 * time: hours and minutes with a colon (not a map's scale, "1:25 000"); with an "h" between them (French,
 * "15 h. 30" too); or with a full stop when "Uhr", "h", "heures" or, in English, am or pm follows (a stop alone is as
 * often a decimal: "Fr. 2.70"); and in English an hour with am or pm ("6pm", "6 P.M." are "18:00", "12 am" is
 * midnight; German "am" is a preposition); an hour on the hour with the clock's abbreviation ("17 h", "17 Uhr" are
 * "17:00"; not "9 heures", which is as often a duration: "dure 8 heures"). Less surely times, and so only matched,
 * never said changed ({@link Written}): midnight and noon written as words ("minuit", "Mitternacht", "Noon";
 * "midi" and "mezzogiorno" in lower case only, not the "midi" of "après-midi" nor the "Midi" of the south of
 * France, "il Mezzogiorno" of Italy's).
 * Midnight is one time whether written "24:00" or "00:00". Decimal digits of any script; spaces may be no-break
 * ones. Times in text order. Thread-safe.
 */
final class ClockTimes {

    /** How a time is written, surest first: the order in which a time is matched with the other side's. */
    enum Written {
        /** Hours and minutes, or an hour with am or pm: a time of day, which a finding may say was changed. */
        DIGITS,
        /** An hour and the clock's abbreviation, no minutes: a time, said changed only against one in digits. */
        HOUR,
        /** Midnight or noon as a word, which may also be a name ("Aiguille du Midi"). */
        WORD
    }

    /**
     * A time in a sentence: where it is written, its minutes after midnight (an afternoon "pm" added; midnight 0),
     * and how it is written.
     */
    record Time(Span span, int minutes, Written written) {
    }

    private static final String SPACE = "[\\s\\u00A0\\u202F]";
    /** "pm", "p.m.", "PM" after an hour: the hour is in the afternoon or evening. */
    static final Pattern AFTERNOON = Pattern.compile("(?i)" + SPACE + "?p\\.?" + SPACE + "?m\\b\\.?");
    private static final Pattern MORNING = Pattern.compile("(?i)" + SPACE + "?a\\.?" + SPACE + "?m\\b");
    private static final String MERIDIEM = "(?i:[ap]\\.?" + SPACE + "?m)\\b";
    private static final String HOUR = "(?<![\\p{Nd}.,:])(\\p{Nd}{1,2})";
    private static final String MINUTES = "(\\p{Nd}{2})(?![\\p{Nd}:]|[ \\u00A0\\u202F]\\p{Nd}{3})";
    private static final Pattern TIME = times(SPACE + "?(?:Uhr|h|hrs?|heures?)\\b");
    private static final Pattern TIME_ENGLISH = times(SPACE + "?(?:h|hrs?|" + MERIDIEM + ")");
    private static final Pattern HOUR_ENGLISH = Pattern.compile(HOUR + "(?=" + SPACE + "?" + MERIDIEM + ")");
    /**
     * An hour the clock's abbreviation follows, no minutes: "17 h", "17\u00A0h", "17 Uhr" (not "15 h 30", nor
     * "24 h/24").
     */
    private static final Pattern ON_THE_HOUR = Pattern.compile(HOUR + "(?=" + SPACE + "?(?:Uhr|h)\\b(?!\\.?" + SPACE
            + "?\\p{Nd}|/))");
    private static final int DAY = 24 * 60;
    private static final Pattern MIDNIGHT = Pattern.compile(
            "(?iu)\\b(?:midnight|minuit|mitternacht|medianoche|mezzanotte|middernacht|meia-noite)\\b");
    /**
     * Noon as a word ("midi" and "mezzogiorno" in lower case: capitalised they are regions); not after a hyphen, a
     * letter or "après " ("après-midi" is the afternoon).
     */
    private static final Pattern NOON = Pattern.compile(
            "(?<![-\\u2010\\u2011\\p{L}])(?<!(?iu:après)" + SPACE + ")"
                    + "(?:(?iu:noon|midday|mediodía|meio-dia)|midi|mezzogiorno)\\b");

    private ClockTimes() {
    }

    /** A colon, an "h", or a full stop before minutes that {@code clockWord} follows. */
    private static Pattern times(String clockWord) {
        return Pattern.compile(HOUR + "(?::|" + SPACE + "?h\\.?" + SPACE + "?|\\.(?=\\p{Nd}{2}" + clockWord + "))"
                + MINUTES);
    }

    static List<Time> in(String text, Language language) {
        boolean english = language.primary().equals("en");
        List<Time> times = new ArrayList<>();
        Matcher time = (english ? TIME_ENGLISH : TIME).matcher(text);
        while (time.find()) {
            int hour = value(time.group(1));
            int minutes = value(time.group(2));
            if (hour <= 24 && minutes <= 59) {
                times.add(new Time(new Span(time.start(), time.end()),
                        (twelveHour(text, time.end(), hour, english) * 60 + minutes) % DAY, Written.DIGITS));
            }
        }
        Matcher hour = HOUR_ENGLISH.matcher(text);
        while (english && hour.find()) {
            int value = value(hour.group(1));
            if (value >= 1 && value <= 12) {
                times.add(new Time(new Span(hour.start(), hour.end()),
                        twelveHour(text, hour.end(), value, true) * 60 % DAY, Written.DIGITS));
            }
        }
        Matcher onTheHour = ON_THE_HOUR.matcher(text);
        while (onTheHour.find()) {
            int value = value(onTheHour.group(1));
            if (value <= 24) {
                times.add(new Time(new Span(onTheHour.start(), onTheHour.end()), value * 60 % DAY, Written.HOUR));
            }
        }
        named(text, MIDNIGHT, 0, times);
        named(text, NOON, 12 * 60, times);
        times.sort(Comparator.comparingInt(t -> t.span().start()));
        return times;
    }

    /** Adds the times {@code word} finds in {@code text}, each {@code minutes} after midnight. */
    private static void named(String text, Pattern word, int minutes, List<Time> times) {
        for (Matcher named = word.matcher(text); named.find(); ) {
            times.add(new Time(new Span(named.start(), named.end()), minutes, Written.WORD));
        }
    }

    /**
     * The hour on a 24-hour clock: in English, an hour before 12 that "pm" follows is in the afternoon, and 12 that
     * "am" follows is midnight; as written otherwise.
     */
    private static int twelveHour(String text, int after, int hour, boolean english) {
        if (english && hour < 12 && AFTERNOON.matcher(text).region(after, text.length()).lookingAt()) {
            return hour + 12;
        }
        if (english && hour == 12 && MORNING.matcher(text).region(after, text.length()).lookingAt()) {
            return 0;
        }
        return hour;
    }

    /** The value of decimal digits of any script (a digit outside the BMP too). */
    private static int value(String digits) {
        return digits.codePoints().reduce(0, (value, digit) -> value * 10 + Character.digit(digit, 10));
    }
}
