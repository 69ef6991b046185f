package org.rosetta.qa;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.rosetta.align.NumberWords;
import org.rosetta.align.WordNormaliser;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Numbers a text writes without digits, which a number in digits on the other side may stand for: small numbers
 * spelled out ({@link NumberWords}: "two", "deux"); round hundreds and thousands spelled out by ICU's rules for the
 * language, alone ("tausend", "a thousand" without its "one") or opening a compound word as German and Dutch write
 * them ("Achttausender" holds "achttausend", so it stands for 8000); and Roman numerals of two letters or more in
 * capitals ("camp II" for "Lager 2"; a lone "I" is a pronoun as often). Thread-safe.
 */
final class NumberSpellings {

    /** The largest round number spelled out. */
    private static final long MOST_ROUND = 1_000_000;
    /** A spelled-out number that opens a compound word is one word of at least this many letters ("tausend"). */
    private static final int COMPOUND_HEAD = 6;
    private static final Map<Language, Map<Long, List<String>>> ROUND = new ConcurrentHashMap<>();
    private static final RuleBasedNumberFormat ROMAN = new RuleBasedNumberFormat(ULocale.ROOT,
            RuleBasedNumberFormat.NUMBERING_SYSTEM);

    private NumberSpellings() {
    }

    /** Whether {@code text}, in {@code language}, writes {@code value} without digits. */
    static boolean appears(String text, Language language, long value) {
        return NumberWords.appears(text, language, value) || round(text, language, value) || roman(text, value);
    }

    private static boolean round(String text, Language language, long value) {
        if (value < 100 || value > MOST_ROUND || value % 100 != 0) {
            return false;
        }
        List<String> spellings = ROUND.computeIfAbsent(language, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(value, v -> spellings(language, v));
        String words = " " + String.join(" ", WordNormaliser.words(text)) + " ";
        for (String spelled : spellings) {
            if (words.contains(" " + spelled + " ")
                    || spelled.indexOf(' ') < 0 && spelled.length() >= COMPOUND_HEAD && words.contains(" " + spelled)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every way ICU's cardinal rules spell {@code value} in the language, normalised as the aligner's words; for
     * a power of ten, also without the word for one that opens it ("eintausend" is "tausend" too).
     */
    private static List<String> spellings(Language language, long value) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(language.tag()),
                RuleBasedNumberFormat.SPELLOUT);
        List<String> spellings = new ArrayList<>();
        List<String> ones = new ArrayList<>();
        for (String ruleSet : format.getRuleSetNames()) {
            if (ruleSet.startsWith("%spellout-cardinal")) {
                spellings.add(normalised(format.format(value, ruleSet)));
                ones.add(normalised(format.format(1, ruleSet)));
            }
        }
        if (Long.toString(value).matches("10+")) {
            for (String spelled : List.copyOf(spellings)) {
                for (String one : ones) {
                    String rest = spelled.startsWith(one) ? spelled.substring(one.length()).strip() : "";
                    if (rest.length() >= 4 && !rest.chars().allMatch(Character::isDigit)) {
                        spellings.add(rest);
                    }
                }
            }
        }
        spellings.removeIf(s -> s.isEmpty() || s.chars().allMatch(Character::isDigit));
        return spellings.stream().distinct().toList();
    }

    private static String normalised(String spelled) {
        return String.join(" ", WordNormaliser.words(spelled.replace("\u00AD", "")));
    }

    private static boolean roman(String text, long value) {
        if (value < 2 || value > 3999) {
            return false;
        }
        String numeral;
        synchronized (ROMAN) {
            numeral = ROMAN.format(value, "%roman-upper");
        }
        return numeral.length() >= 2 && Pattern.compile("(?<![\\p{L}\\p{N}])" + numeral + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }
}
