package org.rosetta.qa;

import org.rosetta.align.DateMentions;
import org.rosetta.align.NumberWords;
import org.rosetta.align.WordNormaliser;
import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link QaCheck#NUMBERS}: every number of the source (year, date part, percentage, count) is in the target, and
 * the target has no number the source lacks. Numbers compare by their digits in any script with separators
 * dropped ({@code 30,000} = {@code 30 000} = {@code ۳۰٬۰۰۰}); a small number may be spelled out on the other side
 * ({@link NumberWords}); a year may be written in the Persian (solar Hijri) or Islamic calendar in a Persian or
 * Arabic target; a date is compared as a day, whatever its calendar and form ({@link DateMentions}); an afternoon
 * hour on a twelve-hour clock is the same hour on a 24-hour one ("10pm", "22 h"); zeros that end a decimal fraction
 * do not count ("8847,60" is "8847,6"); a time of day is compared as a time ({@link ClockTimes}: "15.30 Uhr" is
 * "15 h 30"); a telephone number is one number ({@link PhoneNumbers}); a round number spelled out, even opening a
 * German compound, and a Roman numeral count as the number ({@link NumberSpellings}: "Achttausender" for 8000,
 * "camp II" for "Lager 2"). A number the target writes as another (the one left over on each side, or one a slip
 * away from it: "45%" and "54٪") is one finding that marks both. Stateless.
 */
final class NumberCheck implements Checker {

    @Override
    public List<Finding> check(UnitPair pair) {
        if (!pair.hasBoth()) {
            return List.of();
        }
        List<WordNormaliser.Anchor> source = new ArrayList<>(numbers(pair.sourceText(), pair.source()));
        List<WordNormaliser.Anchor> target = new ArrayList<>(numbers(pair.targetText(), pair.target()));
        List<Finding> findings = new ArrayList<>(dates(pair, source, target));
        findings.addAll(times(pair, source, target));
        List<WordNormaliser.Anchor> unmatched = new ArrayList<>(PhoneNumbers.merged(target, pair.targetText()));
        List<WordNormaliser.Anchor> missing = new ArrayList<>();
        for (WordNormaliser.Anchor number : PhoneNumbers.merged(source, pair.sourceText())) {
            Optional<WordNormaliser.Anchor> match = unmatched.stream()
                    .filter(t -> same(number, pair.sourceText(), t, pair.targetText(), pair)).findFirst();
            if (match.isPresent()) {
                unmatched.remove(match.get());
            } else {
                missing.add(number);
            }
        }
        List<WordNormaliser.Anchor> absent = missing.stream().filter(number -> !NumberSpellings.appears(
                pair.targetText(), pair.target(), Long.parseLong(number.value()))).toList();
        List<WordNormaliser.Anchor> added = unmatched.stream().filter(number -> !NumberSpellings.appears(
                pair.sourceText(), pair.source(), Long.parseLong(number.value()))).toList();
        List<Change> changed = changed(absent, added);
        for (Change change : changed) {
            findings.add(Finding.of(QaCheck.NUMBERS, pair, as(change.source(), pair.sourceText()) + " is "
                    + as(change.target(), pair.targetText()) + " in the " + pair.target(),
                    Optional.of(new Span(change.source().start(), change.source().end())),
                    Optional.of(new Span(change.target().start(), change.target().end()))));
        }
        for (WordNormaliser.Anchor number : absent) {
            if (changed.stream().noneMatch(change -> change.source() == number)) {
                findings.add(Finding.of(QaCheck.NUMBERS, pair, as(number, pair.sourceText()) + " is not in the "
                        + pair.target(), Optional.of(new Span(number.start(), number.end())), Optional.empty()));
            }
        }
        for (WordNormaliser.Anchor extra : added) {
            if (changed.stream().noneMatch(change -> change.target() == extra)) {
                findings.add(Finding.of(QaCheck.NUMBERS, pair, as(extra, pair.targetText()) + " is in the "
                        + pair.target() + " but not in the " + pair.source(), Optional.empty(),
                        Optional.of(new Span(extra.start(), extra.end()))));
            }
        }
        return findings;
    }

    /** A source number the target writes as another. */
    private record Change(WordNormaliser.Anchor source, WordNormaliser.Anchor target) {
    }

    /**
     * The source numbers the target writes as another: the one number left over on each
     * side, or, where more are left over, a number and the first one a slip away from it (a digit changed, added
     * or dropped, two neighbours swapped: "45" and "54", "1955" and "1956"). Other left-overs stay unpaired: in a
     * unit that lost four heights and gained a year, the year is not one of the heights misspelt.
     */
    private static List<Change> changed(List<WordNormaliser.Anchor> absent, List<WordNormaliser.Anchor> added) {
        if (absent.size() == 1 && added.size() == 1) {
            return List.of(new Change(absent.getFirst(), added.getFirst()));
        }
        List<Change> changed = new ArrayList<>();
        List<WordNormaliser.Anchor> free = new ArrayList<>(added);
        for (WordNormaliser.Anchor number : absent) {
            free.stream().filter(other -> slip(number.value(), other.value())).findFirst().ifPresent(other -> {
                free.remove(other);
                changed.add(new Change(number, other));
            });
        }
        return changed;
    }

    /** Whether two digit strings are one slip apart: one digit changed, added or dropped, or two swapped. */
    private static boolean slip(String a, String b) {
        if (a.length() == b.length()) {
            List<Integer> differ = new ArrayList<>();
            for (int k = 0; k < a.length(); k++) {
                if (a.charAt(k) != b.charAt(k)) {
                    differ.add(k);
                }
            }
            return differ.size() == 1 || differ.size() == 2 && differ.get(1) == differ.get(0) + 1
                    && a.charAt(differ.get(0)) == b.charAt(differ.get(1))
                    && a.charAt(differ.get(1)) == b.charAt(differ.get(0));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int k = 0; k < longer.length(); k++) {
            if ((longer.substring(0, k) + longer.substring(k + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /** A number as its text writes it ("12,000", "۱۴۰۴"). */
    private static String as(WordNormaliser.Anchor number, String text) {
        return text.substring(number.start(), number.end());
    }

    private static List<WordNormaliser.Anchor> numbers(String text, Language language) {
        return WordNormaliser.anchorsIn(text).stream().filter(WordNormaliser.Anchor::isNumber)
                .filter(a -> !a.value().isEmpty() && a.value().length() <= 15).map(a -> scaled(a, text, language))
                .toList();
    }

    /** The word after a number, past spaces (no-break ones too). */
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile(
            "[\\s\u00A0\u202F]+([\\p{L}\\p{M}][\\p{L}\\p{M}\u200C]*)");

    /**
     * A whole number in digits followed by a scale word of its language ({@link NumberWords#scale}: "30 thousand",
     * "۳۰ هزار", "2 millions") as the number it says, over both; any other number as it is.
     */
    private static WordNormaliser.Anchor scaled(WordNormaliser.Anchor number, String text, Language language) {
        java.util.regex.Matcher next = NEXT_WORD.matcher(text).region(number.end(), text.length());
        if (!as(number, text).chars().allMatch(Character::isDigit) || number.value().length() > 6
                || !next.lookingAt()) {
            return number;
        }
        List<String> words = WordNormaliser.words(next.group(1));
        java.util.OptionalLong power = words.isEmpty() ? java.util.OptionalLong.empty()
                : NumberWords.scale(words.getFirst(), language);
        return power.isEmpty() ? number : new WordNormaliser.Anchor("#" + Long.parseLong(number.value())
                * power.getAsLong(), number.start(), next.end(1));
    }

    /**
     * Dates compared as days, in whatever calendar and form ({@link DateMentions}): "2 June 2025" is "02/06/2025"
     * and "۱۲ خرداد ۱۴۰۴". The numbers of a date both sides write for one day are left out of {@code source} and
     * {@code target}; a source date the target writes as another day (the dates left over on both sides, in order)
     * is a finding, and its numbers are left out too, so that "2 June" against "2 July" is one finding, not none.
     */
    private static List<Finding> dates(UnitPair pair, List<WordNormaliser.Anchor> source,
                                       List<WordNormaliser.Anchor> target) {
        List<DateMentions.Mention> targetDates = new ArrayList<>(DateMentions.in(pair.targetText(), pair.target()));
        List<DateMentions.Mention> otherDays = new ArrayList<>();
        for (DateMentions.Mention date : DateMentions.in(pair.sourceText(), pair.source())) {
            targetDates.stream().filter(date::sameDayAs).findFirst().ifPresentOrElse(day -> {
                targetDates.remove(day);
                leaveOut(date.span(), day.span(), source, target);
            }, () -> otherDays.add(date));
        }
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < Math.min(otherDays.size(), targetDates.size()); k++) {
            DateMentions.Mention date = otherDays.get(k);
            DateMentions.Mention other = targetDates.get(k);
            leaveOut(date.span(), other.span(), source, target);
            findings.add(Finding.of(QaCheck.NUMBERS, pair, "the date " + date.span().of(pair.sourceText())
                    + " is another day in the " + pair.target() + ": " + other.span().of(pair.targetText()),
                    Optional.of(date.span()), Optional.of(other.span())));
        }
        return findings;
    }

    /**
     * Times of day compared as times ({@link ClockTimes}), as {@link #dates} compares days: the numbers of a time
     * both sides write ("15.30 Uhr", "15 h 30") are left out of {@code source} and {@code target}, the surest
     * written first matched with the surest written of the same time ("noon (12:00)" with "12 h", not with "midi");
     * a source time the target writes as another (the one time left over on each side, one of them in digits, no
     * word: {@link ClockTimes.Written}) is one finding, its numbers left out too.
     */
    private static List<Finding> times(UnitPair pair, List<WordNormaliser.Anchor> source,
                                       List<WordNormaliser.Anchor> target) {
        Comparator<ClockTimes.Time> surest = Comparator.comparing(ClockTimes.Time::written);
        List<ClockTimes.Time> targetTimes = new ArrayList<>(ClockTimes.in(pair.targetText(), pair.target()));
        targetTimes.sort(surest);
        List<ClockTimes.Time> sourceTimes = new ArrayList<>(ClockTimes.in(pair.sourceText(), pair.source()));
        sourceTimes.sort(surest);
        List<ClockTimes.Time> otherTimes = new ArrayList<>();
        for (ClockTimes.Time time : sourceTimes) {
            targetTimes.stream().filter(t -> t.minutes() == time.minutes()).findFirst().ifPresentOrElse(other -> {
                targetTimes.remove(other);
                leaveOut(time.span(), other.span(), source, target);
            }, () -> otherTimes.add(time));
        }
        otherTimes.removeIf(time -> time.written() == ClockTimes.Written.WORD);
        targetTimes.removeIf(time -> time.written() == ClockTimes.Written.WORD);
        if (otherTimes.size() != 1 || targetTimes.size() != 1 || otherTimes.getFirst().written()
                != ClockTimes.Written.DIGITS && targetTimes.getFirst().written() != ClockTimes.Written.DIGITS) {
            return List.of();
        }
        Span time = otherTimes.getFirst().span();
        Span other = targetTimes.getFirst().span();
        leaveOut(time, other, source, target);
        return List.of(Finding.of(QaCheck.NUMBERS, pair, "the time " + time.of(pair.sourceText()) + " is "
                + other.of(pair.targetText()) + " in the " + pair.target(), Optional.of(time), Optional.of(other)));
    }

    /** Leaves out the numbers inside {@code sourceSpan} and {@code targetSpan}, both said alike or found. */
    private static void leaveOut(Span sourceSpan, Span targetSpan, List<WordNormaliser.Anchor> source,
                                 List<WordNormaliser.Anchor> target) {
        source.removeIf(number -> sourceSpan.start() <= number.start() && number.end() <= sourceSpan.end());
        target.removeIf(number -> targetSpan.start() <= number.start() && number.end() <= targetSpan.end());
    }

    /**
     * Whether a source number and a target number say the same: as numbers, as an afternoon hour on a twelve-hour
     * clock and on a 24-hour one ("10pm", "22 h"), or as a year in the target's calendar.
     */
    private static boolean same(WordNormaliser.Anchor source, String sourceText, WordNormaliser.Anchor target,
                                String targetText, UnitPair pair) {
        return same(source.value(), target.value(), pair.target()) || same(target.value(), source.value(),
                pair.source())
                || withoutDecimalZeros(source, sourceText).equals(withoutDecimalZeros(target, targetText))
                || afternoon(source, sourceText, target.value()) || afternoon(target, targetText, source.value());
    }

    /** A decimal fraction: after the last separator, one or two digits, or more than three (three is a thousand). */
    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile(
            "[.,\u066B](\\p{Nd}{1,2}|\\p{Nd}{4,})$");

    /**
     * A number's digits without the zeros that end its decimal fraction: "8847,60" and "8847,6" are one number, and
     * "45.0" is "45"; "1.500" keeps its zeros, since it may be fifteen hundred.
     */
    private static String withoutDecimalZeros(WordNormaliser.Anchor number, String text) {
        java.util.regex.Matcher fraction = FRACTION.matcher(as(number, text));
        if (!fraction.find()) {
            return number.value();
        }
        String digits = fraction.group(1);
        int zeros = digits.length() - digits.replaceFirst("(?:0|\u0660|\u06F0)+$", "").length();
        return number.value().substring(0, number.value().length() - zeros);
    }

    /** Whether {@code hour} is followed by "pm" and {@code other} is the same hour on a 24-hour clock. */
    private static boolean afternoon(WordNormaliser.Anchor hour, String text, String other) {
        if (hour.value().isEmpty() || other.isEmpty() || hour.value().length() > 2 || other.length() > 2) {
            return false;
        }
        int value = Integer.parseInt(hour.value());
        return value >= 1 && value < 12 && Integer.parseInt(other) == value + 12
                && ClockTimes.AFTERNOON.matcher(text).region(hour.end(), text.length()).lookingAt();
    }

    /**
     * Whether two numbers say the same, the second's language's calendar allowed for: a Gregorian year written in
     * the Persian (solar Hijri) calendar in Persian, whole or by its last two digits as Persian writes a year of
     * this century ("قتل‌عام ۶۷", the massacre of 1367, 1988), or in either Hijri calendar in Arabic, Urdu and
     * Pashto. Called both ways round, so a Persian source's year is found in an English target too.
     */
    private static boolean same(String number, String other, Language otherLanguage) {
        if (stripZeros(number).equals(stripZeros(other))) {
            return true;
        }
        if (number.length() != 4 || other.length() > 4) {
            return false;
        }
        long year = Long.parseLong(number);
        long written = Long.parseLong(other);
        if (year < 1000 || year > 2200) {
            return false;
        }
        return switch (otherLanguage.primary()) {
            case "fa" -> written == year - 621 || written == year - 622 || other.length() == 2
                    && (written == (year - 621) % 100 || written == (year - 622) % 100);
            case "ar", "ur", "ps" -> Math.abs(written - Math.round((year - 622) * 1.0307)) <= 1
                    || written == year - 621 || written == year - 622;
            default -> false;
        };
    }

    private static String stripZeros(String digits) {
        String stripped = digits.replaceFirst("^0+(?=.)", "");
        return stripped;
    }
}
