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
 * often a decimal: "Fr. 2.70"); and in English an hour with am or pm ("6pm", "6 P.M." are "18:00"; German "am" is a
 * preposition); an hour on the hour with its clock word ("17 h", "17 Uhr", "9 heures" are "17:00" and "9:00"); and
 * midnight and noon written as words ("minuit", "Mitternacht", "medianoche"; "midi", "mediodía", not the "midi" of
 * "après-midi"). Midnight is one time whether written "24:00" or "00:00". Decimal digits of any script. Times in
 * text order. Thread-safe.
 */
final class ClockTimes {

    /** A time in a sentence: where it is written, and its minutes after midnight (an afternoon "pm" added). */
    record Time(Span span, int minutes) {
    }

    /** "pm", "p.m.", "PM" after an hour: the hour is in the afternoon or evening. */
    static final Pattern AFTERNOON = Pattern.compile("(?i)\\s?p\\.?\\s?m\\b\\.?");
    private static final String MERIDIEM = "(?i:[ap]\\.?\\s?m)\\b";
    private static final String HOUR = "(?<![\\p{Nd}.,:])(\\p{Nd}{1,2})";
    private static final String MINUTES = "(\\p{Nd}{2})(?![\\p{Nd}:]|[ \\u00A0]\\p{Nd}{3})";
    private static final Pattern TIME = times("\\s?(?:Uhr|h|hrs?|heures?)\\b");
    private static final Pattern TIME_ENGLISH = times("\\s?(?:h|hrs?|" + MERIDIEM + ")");
    private static final Pattern HOUR_ENGLISH = Pattern.compile(HOUR + "(?=\\s?" + MERIDIEM + ")");
    /** An hour its clock word follows, no minutes after it: "17 h", "17 Uhr", "9 heures" (not "15 h 30"). */
    private static final Pattern ON_THE_HOUR = Pattern.compile(HOUR
            + "(?=\\s?(?:Uhr|h|heures?)\\b(?!\\.?\\s?\\p{Nd}))");
    private static final int DAY = 24 * 60;
    private static final Pattern MIDNIGHT = Pattern.compile(
            "(?iu)\\b(?:midnight|minuit|mitternacht|medianoche|mezzanotte|middernacht|meia-noite)\\b");
    /** Noon as a word; not after a hyphen or a letter ("après-midi" is the afternoon). */
    private static final Pattern NOON = Pattern.compile(
            "(?iu)(?<![-\\p{L}])(?:noon|midday|midi|mediodía|mezzogiorno|meio-dia)\\b");

    private ClockTimes() {
    }

    /** A colon, an "h", or a full stop before minutes that {@code clockWord} follows. */
    private static Pattern times(String clockWord) {
        return Pattern.compile(HOUR + "(?::|\\s?h\\.?\\s?|\\.(?=\\p{Nd}{2}" + clockWord + "))" + MINUTES);
    }

    static List<Time> in(String text, Language language) {
        boolean english = language.primary().equals("en");
        List<Time> times = new ArrayList<>();
        Matcher time = (english ? TIME_ENGLISH : TIME).matcher(text);
        while (time.find()) {
            int hour = value(time.group(1));
            int minutes = value(time.group(2));
            if (hour <= 24 && minutes <= 59) {
                boolean afternoon = english && hour < 12 && afternoon(text, time.end());
                times.add(new Time(new Span(time.start(), time.end()),
                        ((afternoon ? hour + 12 : hour) * 60 + minutes) % DAY));
            }
        }
        Matcher onTheHour = ON_THE_HOUR.matcher(text);
        while (onTheHour.find()) {
            int value = value(onTheHour.group(1));
            if (value <= 24) {
                times.add(new Time(new Span(onTheHour.start(), onTheHour.end()), value * 60 % DAY));
            }
        }
        for (Matcher named = MIDNIGHT.matcher(text); named.find(); ) {
            times.add(new Time(new Span(named.start(), named.end()), 0));
        }
        for (Matcher named = NOON.matcher(text); named.find(); ) {
            times.add(new Time(new Span(named.start(), named.end()), 12 * 60));
        }
        Matcher hour = HOUR_ENGLISH.matcher(text);
        while (english && hour.find()) {
            int value = value(hour.group(1));
            if (value >= 1 && value <= 12) {
                boolean afternoon = value < 12 && afternoon(text, hour.end());
                times.add(new Time(new Span(hour.start(), hour.end()), (afternoon ? value + 12 : value) * 60 % DAY));
            }
        }
        times.sort(Comparator.comparingInt(t -> t.span().start()));
        return times;
    }

    private static boolean afternoon(String text, int after) {
        return AFTERNOON.matcher(text).region(after, text.length()).lookingAt();
    }

    /** The value of decimal digits of any script (a digit outside the BMP too). */
    private static int value(String digits) {
        return digits.codePoints().reduce(0, (value, digit) -> value * 10 + Character.digit(digit, 10));
    }
}
