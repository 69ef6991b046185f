package org.rosetta.qa;

import org.rosetta.align.NumberWords;
import org.rosetta.align.WordNormaliser;
import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link QaCheck#NUMBERS}: every number of the source (year, date part, percentage, count) is in the target, and
 * the target has no number the source lacks. Numbers compare by their digits in any script with separators
 * dropped ({@code 30,000} = {@code 30 000} = {@code ۳۰٬۰۰۰}); a small number may be spelled out on the other side
 * ({@link NumberWords}); a year may be written in the Persian (solar Hijri) or Islamic calendar in a Persian or
 * Arabic target; a date is compared as a day, whatever its calendar and form ({@link DateMentions}); an afternoon
 * hour on a twelve-hour clock is the same hour on a 24-hour one ("10pm", "22 h"). A number the target writes as
 * another, a number left over on each side, is one finding that marks both ("45%", "54٪"). Stateless.
 */
final class NumberCheck implements Checker {

    @Override
    public List<Finding> check(UnitPair pair) {
        if (!pair.hasBoth()) {
            return List.of();
        }
        List<WordNormaliser.Anchor> source = new ArrayList<>(numbers(pair.sourceText()));
        List<WordNormaliser.Anchor> target = new ArrayList<>(numbers(pair.targetText()));
        List<Finding> findings = new ArrayList<>(dates(pair, source, target));
        List<WordNormaliser.Anchor> unmatched = new ArrayList<>(target);
        List<WordNormaliser.Anchor> missing = new ArrayList<>();
        for (WordNormaliser.Anchor number : source) {
            Optional<WordNormaliser.Anchor> match = unmatched.stream()
                    .filter(t -> same(number, pair.sourceText(), t, pair.targetText(), pair.target())).findFirst();
            if (match.isPresent()) {
                unmatched.remove(match.get());
            } else {
                missing.add(number);
            }
        }
        List<WordNormaliser.Anchor> absent = missing.stream().filter(number -> !NumberWords.appears(
                pair.targetText(), pair.target(), Long.parseLong(number.value()))).toList();
        List<WordNormaliser.Anchor> added = unmatched.stream().filter(number -> !NumberWords.appears(
                pair.sourceText(), pair.source(), Long.parseLong(number.value()))).toList();
        // a number the target writes as another ("45%" and "54٪"), one finding marking both, in order
        int changed = Math.min(absent.size(), added.size());
        for (int k = 0; k < changed; k++) {
            WordNormaliser.Anchor number = absent.get(k);
            WordNormaliser.Anchor other = added.get(k);
            findings.add(Finding.of(QaCheck.NUMBERS, pair, as(number, pair.sourceText()) + " is "
                    + as(other, pair.targetText()) + " in the " + pair.target(),
                    Optional.of(new Span(number.start(), number.end())),
                    Optional.of(new Span(other.start(), other.end()))));
        }
        for (WordNormaliser.Anchor number : absent.subList(changed, absent.size())) {
            findings.add(Finding.of(QaCheck.NUMBERS, pair, as(number, pair.sourceText()) + " is not in the "
                    + pair.target(),
                    Optional.of(new Span(number.start(), number.end())), Optional.empty()));
        }
        for (WordNormaliser.Anchor extra : added.subList(changed, added.size())) {
            findings.add(Finding.of(QaCheck.NUMBERS, pair, as(extra, pair.targetText()) + " is in the " + pair.target()
                    + " but not in the " + pair.source(), Optional.empty(),
                    Optional.of(new Span(extra.start(), extra.end()))));
        }
        return findings;
    }

    /** A number as its text writes it ("12,000", "۱۴۰۴"). */
    private static String as(WordNormaliser.Anchor number, String text) {
        return text.substring(number.start(), number.end());
    }

    private static List<WordNormaliser.Anchor> numbers(String text) {
        return WordNormaliser.anchorsIn(text).stream().filter(WordNormaliser.Anchor::isNumber)
                .filter(a -> a.value().length() <= 15).toList();
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
                leaveOut(date, day, source, target);
            }, () -> otherDays.add(date));
        }
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < Math.min(otherDays.size(), targetDates.size()); k++) {
            DateMentions.Mention date = otherDays.get(k);
            DateMentions.Mention other = targetDates.get(k);
            leaveOut(date, other, source, target);
            findings.add(Finding.of(QaCheck.NUMBERS, pair, "the date " + date.span().of(pair.sourceText())
                    + " is another day in the " + pair.target() + ": " + other.span().of(pair.targetText()),
                    Optional.of(date.span()), Optional.of(other.span())));
        }
        return findings;
    }

    private static void leaveOut(DateMentions.Mention date, DateMentions.Mention other,
                                 List<WordNormaliser.Anchor> source, List<WordNormaliser.Anchor> target) {
        source.removeIf(number -> date.covers(number.start(), number.end()));
        target.removeIf(number -> other.covers(number.start(), number.end()));
    }

    /** A time of the afternoon on a twelve-hour clock: "10pm", "10 p.m.". */
    private static final java.util.regex.Pattern AFTERNOON = java.util.regex.Pattern.compile(
            "(?i)\\s?p\\.?\\s?m\\b\\.?");

    /**
     * Whether a source number and a target number say the same: as numbers, as an afternoon hour on a twelve-hour
     * clock and on a 24-hour one ("10pm", "22 h"), or as a year in the target's calendar.
     */
    private static boolean same(WordNormaliser.Anchor source, String sourceText, WordNormaliser.Anchor target,
                                String targetText, Language targetLanguage) {
        return same(source.value(), target.value(), targetLanguage)
                || afternoon(source, sourceText, target.value()) || afternoon(target, targetText, source.value());
    }

    /** Whether {@code hour} is followed by "pm" and {@code other} is the same hour on a 24-hour clock. */
    private static boolean afternoon(WordNormaliser.Anchor hour, String text, String other) {
        if (hour.value().length() > 2 || other.length() > 2) {
            return false;
        }
        int value = Integer.parseInt(hour.value());
        return value >= 1 && value < 12 && Integer.parseInt(other) == value + 12
                && AFTERNOON.matcher(text).region(hour.end(), text.length()).lookingAt();
    }

    /** Whether a source number and a target number say the same, the target's calendar allowed for. */
    private static boolean same(String source, String target, Language targetLanguage) {
        if (stripZeros(source).equals(stripZeros(target))) {
            return true;
        }
        if (source.length() != 4 || target.length() > 4) {
            return false;
        }
        long year = Long.parseLong(source);
        long other = Long.parseLong(target);
        if (year < 1000 || year > 2200) {
            return false;
        }
        return switch (targetLanguage.primary()) {
            case "fa" -> other == year - 621 || other == year - 622;
            case "ar", "ur", "ps" -> Math.abs(other - Math.round((year - 622) * 1.0307)) <= 1
                    || other == year - 621 || other == year - 622;
            default -> false;
        };
    }

    private static String stripZeros(String digits) {
        String stripped = digits.replaceFirst("^0+(?=.)", "");
        return stripped;
    }
}
