package org.rosetta.qa;

import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times of day a sentence writes, so that "15.30 Uhr", "15 h 30", "15h30", "15:30" and "3.30 pm" compare as one
 * time: hours and minutes with a colon; with an "h" between them (French, "15 h. 30" too); or with a full stop when
 * "Uhr", "h", "heures" or am/pm follows (a stop alone is as often a decimal: "Fr. 2.70"); an hour with am or pm
 * ("6pm" is "18:00"). Digits of any script. In text order.
 * Thread-safe.
 */
final class ClockTimes {

    /** A time in a sentence: where it is written, and its minutes after midnight (an afternoon "pm" added). */
    record Time(Span span, int minutes) {

        /** The same time of day, or the same on a twelve-hour clock when one side writes no "pm". */
        boolean sameAs(Time other) {
            return minutes == other.minutes || minutes % 720 == other.minutes % 720;
        }
    }

    private static final String HOUR = "(?<![\\p{Nd}.,:])(\\p{Nd}{1,2})";
    private static final String MINUTES = "(\\p{Nd}{2})(?![\\p{Nd}:])";
    private static final String CLOCK_WORD = "\\s?(?:Uhr|h|hrs?|heures?|o'clock|[ap]\\.?\\s?m)\\b\\.?";
    private static final Pattern TIME = Pattern.compile(HOUR + "(?::|\\s?h\\.?\\s?|\\.(?=\\p{Nd}{2}" + CLOCK_WORD
            + "))" + MINUTES);
    /** An hour with am or pm and no minutes: "6pm", "6 p.m.". */
    private static final Pattern HOUR_OF_CLOCK = Pattern.compile(HOUR + "(?=\\s?[ap]\\.?\\s?m\\b)");
    private static final Pattern AFTERNOON = Pattern.compile("(?i)\\s?p\\.?\\s?m\\b\\.?");

    private ClockTimes() {
    }

    static List<Time> in(String text) {
        List<Time> times = new ArrayList<>();
        Matcher time = TIME.matcher(text);
        while (time.find()) {
            int hour = Integer.parseInt(time.group(1));
            int minutes = Integer.parseInt(time.group(2));
            if (hour > 24 || minutes > 59) {
                continue;
            }
            if (hour < 12 && AFTERNOON.matcher(text).region(time.end(), text.length()).lookingAt()) {
                hour += 12;
            }
            times.add(new Time(new Span(time.start(), time.end()), hour * 60 + minutes));
        }
        Matcher hour = HOUR_OF_CLOCK.matcher(text);
        while (hour.find()) {
            int value = Integer.parseInt(hour.group(1));
            if (value >= 1 && value <= 12) {
                boolean afternoon = value < 12 && AFTERNOON.matcher(text).region(hour.end(), text.length()).lookingAt();
                times.add(new Time(new Span(hour.start(), hour.end()), (afternoon ? value + 12 : value) * 60));
            }
        }
        times.sort(java.util.Comparator.comparingInt(t -> t.span().start()));
        return times;
    }
}
