package org.rosetta.qa;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.rosetta.align.WordNormaliser;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small numbers spelled out in a language, from ICU's spell-out rules (cardinal and ordinal, every gender and case
 * ICU has for the language): {@code two}, {@code deux}, {@code 二}. So "Article 2" and "Article deux" agree. ICU
 * has no Persian ordinals; they are regular and derived here: the cardinal and {@code -om} ({@code ـم}; {@code ـ‌ام}
 * after {@code ی}; {@code سه} gives {@code سوم}), and {@code اول} for first. Thread-safe.
 */
final class NumberWords {

    static final int MOST = 100;
    private static final Map<Language, Map<Long, List<String>>> CACHE = new ConcurrentHashMap<>();

    private NumberWords() {
    }

    /** The words for {@code value} (0..{@value #MOST}) in {@code language}, normalised as the aligner's words. */
    static List<String> of(Language language, long value) {
        if (value < 0 || value > MOST) {
            return List.of();
        }
        return CACHE.computeIfAbsent(language, NumberWords::spellOut).getOrDefault(value, List.of());
    }

    /** Whether {@code text} (normalised) holds one of the words for {@code value} as a whole word. */
    static boolean appears(String text, Language language, long value) {
        String normal = " " + String.join(" ", WordNormaliser.words(text)) + " ";
        boolean noSpaces = language.primary().equals("zh") || language.primary().equals("ja");
        for (String word : of(language, value)) {
            if (noSpaces ? normal.contains(word) : normal.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    private static Map<Long, List<String>> spellOut(Language language) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(language.tag()),
                RuleBasedNumberFormat.SPELLOUT);
        Map<Long, List<String>> words = new HashMap<>();
        for (String ruleSet : format.getRuleSetNames()) {
            if (!ruleSet.startsWith("%spellout")) {
                continue;
            }
            for (long n = 0; n <= MOST; n++) {
                String spelled = String.join(" ", WordNormaliser.words(format.format(n, ruleSet)));
                if (!spelled.isEmpty() && !spelled.chars().allMatch(Character::isDigit)) {
                    words.computeIfAbsent(n, k -> new ArrayList<>()).add(spelled);
                }
            }
        }
        if (language.primary().equals("fa")) {
            words.replaceAll((n, cardinals) -> persianOrdinals(n, cardinals));
        }
        return words;
    }

    private static List<String> persianOrdinals(long n, List<String> cardinals) {
        List<String> all = new ArrayList<>(cardinals);
        String yeh = WordNormaliser.word("ی"); // cardinals are normalised: Persian yeh is folded
        for (String cardinal : List.copyOf(cardinals)) {
            if (cardinal.endsWith("سه")) {
                all.add(cardinal.substring(0, cardinal.length() - 2) + "سوم");
            } else if (cardinal.endsWith(yeh)) {
                all.add(cardinal + "ام");
            } else {
                all.add(cardinal + "م");
            }
        }
        if (n == 1) {
            all.add(WordNormaliser.word("اول"));
            all.add(WordNormaliser.word("نخست"));
        }
        return all.stream().map(WordNormaliser::word).distinct().toList();
    }
}
