package org.rosetta.qa;

import org.rosetta.align.WordNormaliser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Telephone numbers: numbers of digits alone (no decimal or thousands mark: "5,643" is a count) that follow each
 * other with a space, a hyphen, a full stop with no space after it, or the bracket closing an area code between them,
 * at least {@value #MIN_GROUPS} groups of digits and {@value #MIN_DIGITS} to {@value #MAX_DIGITS} digits in all
 * ("0808 157 0482", "+44 161 496 0734", "(020) 7946 0958", "01 99 00 48 21"), read as one number, so that a
 * translation giving its own country's number is one finding, not one per group. Stateless.
 */
final class PhoneNumbers {

    static final int MIN_GROUPS = 3;
    static final int MIN_DIGITS = 8;
    /** The most digits a telephone number has (ITU E.164). */
    static final int MAX_DIGITS = 15;
    private static final Pattern BETWEEN = Pattern.compile("[ \\u00A0]|[ \\u00A0]?-[ \\u00A0]?|\\.|\\)[ \\u00A0]?");
    /** Digits, or groups of digits with a space between them (a group of three after a space reads as thousands). */
    private static final String SPACE = "[ \\u00A0\\u202F]";
    private static final Pattern GROUPS = Pattern.compile("\\p{Nd}+(?:" + SPACE + "\\p{Nd}+)*");

    private PhoneNumbers() {
    }

    /** The numbers of {@code text} in order, each run that is a telephone number merged into one. */
    static List<WordNormaliser.Anchor> merged(List<WordNormaliser.Anchor> numbers, String text) {
        List<WordNormaliser.Anchor> merged = new ArrayList<>();
        int at = 0;
        while (at < numbers.size()) {
            int end = at + 1;
            while (end < numbers.size() && joined(numbers.get(end - 1), numbers.get(end), text)) {
                end++;
            }
            List<WordNormaliser.Anchor> run = numbers.subList(at, end);
            int groups = run.stream().mapToInt(n -> text.substring(n.start(), n.end()).split(SPACE).length).sum();
            int digits = run.stream().mapToInt(n -> n.value().length()).sum();
            if (run.size() >= 2 && groups >= MIN_GROUPS && digits >= MIN_DIGITS && digits <= MAX_DIGITS) {
                merged.add(new WordNormaliser.Anchor("#" + String.join("", run.stream()
                        .map(WordNormaliser.Anchor::value).toList()), run.getFirst().start(), run.getLast().end()));
            } else {
                merged.addAll(run);
            }
            at = end;
        }
        return merged;
    }

    /** Whether two numbers in a row may be groups of one telephone number. */
    private static boolean joined(WordNormaliser.Anchor left, WordNormaliser.Anchor right, String text) {
        return digitsAlone(left, text) && digitsAlone(right, text)
                && BETWEEN.matcher(text.substring(left.end(), right.start())).matches();
    }

    private static boolean digitsAlone(WordNormaliser.Anchor number, String text) {
        return GROUPS.matcher(text.substring(number.start(), number.end())).matches();
    }
}
