package org.rosetta.qa;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.rosetta.align.NumberWords;
import org.rosetta.align.RomanNumerals;
import org.rosetta.align.WordNormaliser;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Numbers a text writes without digits, which a number in digits on the other side may stand for:
 * <ul>
 *   <li>numbers below a hundred spelled out ({@link NumberWords}: "two", "deux");</li>
 *   <li>round hundreds and thousands as ICU's spell-out rules write them in the language, a whole number of their
 *   own (no number word next to them: "two hundred" is not "hundred"), the word for one left out of a power of ten
 *   too ("tausend", "thousand"); or, in full, opening a compound with a short ending, as German writes them
 *   ("Achttausender", "Sechstausendern", "Achttausender-Status"; not "achttausendachthundert"). Languages that
 *   write words apart only;</li>
 *   <li>Roman numerals ({@link RomanNumerals}: "camp II" for "Lager 2").</li>
 * </ul>
 * Thread-safe.
 */
final class NumberSpellings {

    /** The largest round number spelled out. */
    private static final long MOST_ROUND = 1_000_000;
    /** The endings a spelled-out number takes as the head of a German compound noun. */
    private static final Pattern COMPOUND_ENDING = Pattern.compile("(?:e|er|ern|ers)(?:-\\p{L}.*)?");
    private static final Map<Language, Map<Long, List<Spelling>>> ROUND = new ConcurrentHashMap<>();
    private static final Map<Language, List<String>> NUMBER_WORDS = new ConcurrentHashMap<>();

    /** One way a round number is written: its words, and whether they may open a compound. */
    private record Spelling(List<String> words, boolean full) {
    }

    private NumberSpellings() {
    }

    /** Whether {@code text}, in {@code language}, writes {@code value} without digits. */
    static boolean appears(String text, Language language, long value) {
        return value < 100 ? NumberWords.appears(text, language, value) || roman(text, value)
                : round(text, language, value);
    }

    private static boolean round(String text, Language language, long value) {
        if (value < 100 || value > MOST_ROUND || value % 100 != 0
                || language.primary().equals("zh") || language.primary().equals("ja")) {
            return false;
        }
        List<Spelling> spellings = ROUND.computeIfAbsent(language, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(value, v -> spellings(language, v));
        List<String> words = WordNormaliser.words(text);
        for (Spelling spelling : spellings) {
            List<String> spelled = spelling.words();
            for (int at = 0; at + spelled.size() <= words.size(); at++) {
                if (words.subList(at, at + spelled.size()).equals(spelled)
                        && !numberWord(words, at - 1, language) && !numberWord(words, at + spelled.size(), language)
                        || spelling.full() && spelled.size() == 1 && words.get(at).startsWith(spelled.getFirst())
                        && COMPOUND_ENDING.matcher(words.get(at).substring(spelled.getFirst().length())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word at {@code at} (if any) is a number word of the language: one to a hundred, or a power. */
    private static boolean numberWord(List<String> words, int at, Language language) {
        if (at < 0 || at >= words.size()) {
            return false;
        }
        return NUMBER_WORDS.computeIfAbsent(language, l -> {
            List<String> all = new ArrayList<>();
            for (long n = 1; n <= 100; n++) {
                NumberWords.of(l, n).stream().filter(w -> w.indexOf(' ') < 0).forEach(all::add);
            }
            for (long power : new long[] {1_000, 1_000_000}) {
                spellings(l, power).forEach(s -> all.addAll(s.words()));
            }
            return List.copyOf(all);
        }).contains(words.get(at));
    }

    /**
     * Every way ICU's cardinal rules spell {@code value} in the language, normalised as the aligner's words; for
     * a power of ten, also without the word for one that opens it ("eintausend" is "tausend" too), which is no
     * compound's head.
     */
    private static List<Spelling> spellings(Language language, long value) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(language.tag()),
                RuleBasedNumberFormat.SPELLOUT);
        List<String> full = new ArrayList<>();
        List<String> ones = new ArrayList<>();
        for (String ruleSet : format.getRuleSetNames()) {
            if (ruleSet.startsWith("%spellout-cardinal")) {
                full.add(normalised(format.format(value, ruleSet)));
                ones.add(normalised(format.format(1, ruleSet)));
            }
        }
        List<Spelling> spellings = new ArrayList<>();
        full.stream().filter(NumberSpellings::isWords).distinct()
                .forEach(s -> spellings.add(new Spelling(List.of(s.split(" ")), true)));
        if (Long.toString(value).matches("10+")) {
            for (String spelled : full) {
                for (String one : ones) {
                    String rest = spelled.startsWith(one) ? spelled.substring(one.length()).strip() : "";
                    if (rest.length() >= 4 && isWords(rest)) {
                        spellings.add(new Spelling(List.of(rest.split(" ")), false));
                    }
                }
            }
        }
        return spellings.stream().distinct().toList();
    }

    private static boolean isWords(String spelled) {
        return !spelled.isEmpty() && !spelled.chars().allMatch(Character::isDigit);
    }

    private static String normalised(String spelled) {
        return String.join(" ", WordNormaliser.words(spelled.replace("\u00AD", "")));
    }

    private static boolean roman(String text, long value) {
        return RomanNumerals.in(text).contains(value);
    }
}
