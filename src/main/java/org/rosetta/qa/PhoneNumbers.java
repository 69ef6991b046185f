package org.rosetta.qa;

import org.rosetta.align.WordNormaliser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Telephone numbers: numbers with only a space, a hyphen, a full stop or brackets between them, at least
 * {@value #MIN_GROUPS} groups of digits and {@value #MIN_DIGITS} digits or more in all ("0808 157 0482", "+44 161 496 0734",
 * "01 99 00 48 21"), read as one number, so that a translation giving its own country's number is one finding, not
 * one per group. Stateless.
 */
final class PhoneNumbers {

    static final int MIN_GROUPS = 3;
    static final int MIN_DIGITS = 8;
    /** The most digits a telephone number has (ITU E.164). */
    static final int MAX_DIGITS = 15;
    private static final Pattern GROUP = Pattern.compile("\\p{Nd}+");
    private static final Pattern BETWEEN = Pattern.compile("[ \\u00A0.()\\-]{1,3}");

    private PhoneNumbers() {
    }

    /** The numbers of {@code text} in order, each run that is a telephone number merged into one. */
    static List<WordNormaliser.Anchor> merged(List<WordNormaliser.Anchor> numbers, String text) {
        List<WordNormaliser.Anchor> merged = new ArrayList<>();
        int at = 0;
        while (at < numbers.size()) {
            int end = at + 1;
            while (end < numbers.size() && BETWEEN.matcher(text.substring(numbers.get(end - 1).end(),
                    numbers.get(end).start())).matches()) {
                end++;
            }
            List<WordNormaliser.Anchor> run = numbers.subList(at, end);
            String digits = String.join("", run.stream().map(WordNormaliser.Anchor::value).toList());
            long groups = GROUP.matcher(text.substring(run.getFirst().start(), run.getLast().end())).results().count();
            if (run.size() >= 2 && groups >= MIN_GROUPS && digits.length() >= MIN_DIGITS
                    && digits.length() <= MAX_DIGITS) {
                merged.add(new WordNormaliser.Anchor("#" + digits, run.getFirst().start(), run.getLast().end()));
            } else {
                merged.addAll(run);
            }
            at = end;
        }
        return merged;
    }
}
