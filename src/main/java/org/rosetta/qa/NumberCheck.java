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
 * Arabic target. Stateless.
 */
final class NumberCheck implements Checker {

    @Override
    public List<Finding> check(UnitPair pair) {
        if (!pair.hasBoth()) {
            return List.of();
        }
        List<WordNormaliser.Anchor> source = numbers(pair.sourceText());
        List<WordNormaliser.Anchor> target = numbers(pair.targetText());
        List<WordNormaliser.Anchor> unmatched = new ArrayList<>(target);
        List<Finding> findings = new ArrayList<>();
        List<WordNormaliser.Anchor> missing = new ArrayList<>();
        for (WordNormaliser.Anchor number : source) {
            Optional<WordNormaliser.Anchor> match = unmatched.stream()
                    .filter(t -> same(number.value(), t.value(), pair.target())).findFirst();
            if (match.isPresent()) {
                unmatched.remove(match.get());
            } else {
                missing.add(number);
            }
        }
        for (WordNormaliser.Anchor number : missing) {
            if (!NumberWords.appears(pair.targetText(), pair.target(), Long.parseLong(number.value()))) {
                findings.add(Finding.of(QaCheck.NUMBERS, pair, number.value() + " is not in the " + pair.target(),
                        Optional.of(new Span(number.start(), number.end())), Optional.empty()));
            }
        }
        for (WordNormaliser.Anchor extra : unmatched) {
            if (!NumberWords.appears(pair.sourceText(), pair.source(), Long.parseLong(extra.value()))) {
                findings.add(Finding.of(QaCheck.NUMBERS, pair, extra.value() + " is in the " + pair.target()
                        + " but not in the " + pair.source(), Optional.empty(),
                        Optional.of(new Span(extra.start(), extra.end()))));
            }
        }
        return findings;
    }

    private static List<WordNormaliser.Anchor> numbers(String text) {
        return WordNormaliser.anchorsIn(text).stream().filter(WordNormaliser.Anchor::isNumber)
                .filter(a -> a.value().length() <= 15).toList();
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
