package org.rosetta.align;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Small numbers spelled out in a language, from ICU's spell-out rules (cardinal and ordinal, every gender and case
 * ICU has for the language): {@code two}, {@code deux}, {@code 二}. So "Article 2" and "Article deux" agree. ICU
 * has no Persian ordinals; they are regular and derived here: the cardinal and {@code -om} ({@code ـم}; {@code ـ‌ام}
 * after {@code ی}; {@code سه} gives {@code سوم}), and {@code اول} for first. Thread-safe.
 */
public final class NumberWords {

    static final int MOST = 100;
    /** The cardinals up to this many are common words too, and no anchors ({@link #anchorKeys}). */
    static final int COMMON_WORDS = 10;
    private static final Map<Language, Map<Long, List<String>>> CACHE = new ConcurrentHashMap<>();

    private NumberWords() {
    }

    /** The words for {@code value} (0..{@value #MOST}) in {@code language}, normalised as the aligner's words. */
    public static List<String> of(Language language, long value) {
        if (value < 0 || value > MOST) {
            return List.of();
        }
        return CACHE.computeIfAbsent(language, NumberWords::spellOut).getOrDefault(value, List.of());
    }

    /** Whether {@code text} (normalised) holds one of the words for {@code value} as a whole word. */
    public static boolean appears(String text, Language language, long value) {
        String normal = " " + String.join(" ", WordNormaliser.words(text)) + " ";
        boolean noSpaces = language.primary().equals("zh") || language.primary().equals("ja");
        for (String word : of(language, value)) {
            if (noSpaces ? normal.contains(word) : normal.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The numbers spelled out in a sentence's words (normalised, in order), as anchor keys ({@code #3}): ordinals
     * ("troisième", "third", "سوم" for the 3 of "Article 3") and cardinals above {@value #COMMON_WORDS} and below a
     * hundred ("quatorze", "fourteen", "veertien" for 14), longest spelling first ("vingt-et-unième" is 21). Not
     * the cardinals up to {@value #COMMON_WORDS}, which are also articles and common words in many languages ("un",
     * "ein", "neuf", "acht"), nor a hundred ("pour cent", "per cento" are percent), nor the first ordinal: "first",
     * "premier", "الأول" mostly mean first in time or rank; as anchors they pair unrelated sentences (measured: from
     * two on, ParIce 0.885 -> 0.872 and Text+Berg 0.854 -> 0.842 strict; from eleven on, ParIce 0.879 -> 0.885
     * against none, "tuttugu og fimm" for 25). Nor a cardinal that is the end of a larger number ({@link #inLarger}:
     * the fifty of "two hundred and fifty", the twenty-five of "twenty-five thousand").
     */
    static List<String> anchorKeys(List<String> words, Language language) {
        Map<String, List<Spelling>> byFirst = FIRST_WORDS.computeIfAbsent(language, NumberWords::byFirstWord);
        List<String> keys = new ArrayList<>();
        for (int at = 0; at < words.size(); at++) {
            for (Spelling phrase : byFirst.getOrDefault(words.get(at), List.of())) {
                List<String> spelled = phrase.words();
                int end = at + spelled.size();
                if (end <= words.size() && words.subList(at, end).equals(spelled)) {
                    if (phrase.cardinal() && inLarger(words, at, end, language)) {
                        at = end - 1;
                        break;
                    }
                    keys.add("#" + phrase.value());
                    at += spelled.size() - 1;
                    break;
                }
            }
        }
        return keys;
    }

    private static final Map<Language, Map<String, List<Spelling>>> FIRST_WORDS = new ConcurrentHashMap<>();
    private static final Map<Language, Set<String>> UNITS = new ConcurrentHashMap<>();
    private static final Map<Language, Set<String>> MULTIPLIERS = new ConcurrentHashMap<>();

    /** A number as words: "vingt-et-unième" is 21; a cardinal, or an ordinal. */
    private record Spelling(List<String> words, long value, boolean cardinal) {
    }

    /**
     * Whether the words {@code [at, end)} are part of a larger number: a word of a number next to them, or a word of
     * a hundreds, thousand or million two words before ("two hundred and fifty", "دویست و پنجاه").
     */
    private static boolean inLarger(List<String> words, int at, int end, Language language) {
        Set<String> units = UNITS.computeIfAbsent(language, l -> cardinalWords(l, 1, 99, 1));
        Set<String> multipliers = MULTIPLIERS.computeIfAbsent(language, l -> {
            Set<String> large = new HashSet<>(cardinalWords(l, 100, 900, 100));
            large.addAll(cardinalWords(l, 1_000, 1_000, 1));
            large.addAll(cardinalWords(l, 1_000_000, 1_000_000, 1));
            large.removeAll(units);
            return Set.copyOf(large);
        });
        return at > 0 && (units.contains(words.get(at - 1)) || multipliers.contains(words.get(at - 1)))
                || at > 1 && multipliers.contains(words.get(at - 2))
                || end < words.size() && (units.contains(words.get(end)) || multipliers.contains(words.get(end)));
    }

    private static final Map<Language, Map<String, Long>> SCALES = new ConcurrentHashMap<>();

    /**
     * The value a scale word says after a number in digits ("30 thousand", "۳۰ هزار", "2 millions", "5 ملايين",
     * "5 लाख"): each word that ends ICU's cardinal spelling of a few multiples of a thousand, a million and a
     * billion, worth that number divided by what the words before it spell ("दस लाख", a million, is ten lakh: a lakh
     * is a hundred thousand), where at least two of those spellings end in it and all agree on its worth. Empty for
     * any other word, and for a spelling of one word ("zweitausend"). {@code word} normalised as
     * {@link WordNormaliser#words} gives it.
     */
    public static java.util.OptionalLong scale(String word, Language language) {
        Long value = SCALES.computeIfAbsent(language, NumberWords::scales).get(word);
        return value == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(value);
    }

    private static Map<String, Long> scales(Language language) {
        Map<String, Long> small = new HashMap<>(); // "thirty" -> 30, "दस" -> 10: what may precede a scale word
        spellings(language, "%spellout-cardinal", 1, 999, 1).forEach((value, phrases) ->
                phrases.forEach(phrase -> small.putIfAbsent(phrase, value)));
        Map<String, Set<Long>> worth = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (long power : new long[] {1_000, 1_000_000, 1_000_000_000}) {
            for (long multiple : new long[] {1, 2, 3, 5, 10, 30}) {
                long number = multiple * power;
                for (String phrase : spellings(language, "%spellout-cardinal", number, number, 1)
                        .getOrDefault(number, List.of())) {
                    int space = phrase.lastIndexOf(' ');
                    String last = phrase.substring(space + 1);
                    Long before = space < 0 ? Long.valueOf(1) : small.get(phrase.substring(0, space));
                    if (space < 0 || before == null || number % before != 0 || small.containsKey(last)) {
                        continue; // one word, or words before it that are no number below a thousand
                    }
                    worth.computeIfAbsent(last, w -> new java.util.HashSet<>()).add(number / before);
                    seen.merge(last, 1, Integer::sum);
                }
            }
        }
        Map<String, Long> scales = new HashMap<>();
        worth.forEach((last, values) -> {
            if (values.size() == 1 && seen.get(last) >= 2) {
                scales.put(last, values.iterator().next());
            }
        });
        return Map.copyOf(scales);
    }

    /** The words of ICU's cardinal spellings of {@code from}..{@code to} in steps of {@code step}, normalised. */
    private static Set<String> cardinalWords(Language language, long from, long to, long step) {
        return spellings(language, "%spellout-cardinal", from, to, step).values().stream().flatMap(List::stream)
                .flatMap(phrase -> java.util.Arrays.stream(phrase.split(" ")))
                .filter(word -> !word.chars().allMatch(Character::isDigit)).collect(Collectors.toUnmodifiableSet());
    }

    /** first word of a number {@link #anchorKeys} reads -> its spellings, longest first. */
    private static Map<String, List<Spelling>> byFirstWord(Language language) {
        Map<String, List<Spelling>> byFirst = new HashMap<>();
        ordinals(language).forEach((value, spellings) -> {
            if (value > 1) { // "first", "premier", "الأول", "اول" mostly mean first in time or rank, not number one
                spellings.forEach(spelling -> add(byFirst, spelling, value, false));
            }
        });
        CACHE.computeIfAbsent(language, NumberWords::spellOut).forEach((value, spellings) -> {
            if (value > COMMON_WORDS && value < MOST) {
                spellings.forEach(spelling -> add(byFirst, spelling, value, true));
            }
        });
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((Spelling p) -> p.words().size())
                .reversed()));
        return byFirst;
    }

    private static void add(Map<String, List<Spelling>> byFirst, String spelling, long value, boolean cardinal) {
        List<String> words = List.of(spelling.split(" "));
        List<Spelling> spellings = byFirst.computeIfAbsent(words.getFirst(), w -> new ArrayList<>());
        if (spellings.stream().noneMatch(known -> known.words().equals(words))) {
            spellings.add(new Spelling(words, value, cardinal));
        }
    }

    /** The ordinals 1..{@value #MOST} from ICU's ordinal rules; Persian's derived (see the class). */
    private static Map<Long, List<String>> ordinals(Language language) {
        Map<Long, List<String>> ordinals = new HashMap<>();
        if (language.primary().equals("fa")) {
            Map<Long, List<String>> all = CACHE.computeIfAbsent(language, NumberWords::spellOut);
            RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale("fa"), RuleBasedNumberFormat.SPELLOUT);
            all.forEach((value, spellings) -> {
                String cardinal = String.join(" ", WordNormaliser.words(format.format(value, "%spellout-cardinal")));
                List<String> only = spellings.stream().filter(s -> !s.equals(cardinal)).toList();
                if (value > 0 && !only.isEmpty()) {
                    ordinals.put(value, only);
                }
            });
            return ordinals;
        }
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(language.tag()),
                RuleBasedNumberFormat.SPELLOUT);
        for (String ruleSet : format.getRuleSetNames()) {
            if (ruleSet.startsWith("%spellout-ordinal")) {
                for (long n = 1; n <= MOST; n++) {
                    String spelled = String.join(" ", WordNormaliser.words(format.format(n, ruleSet)));
                    if (!spelled.isEmpty() && !spelled.chars().allMatch(Character::isDigit)) {
                        ordinals.computeIfAbsent(n, k -> new ArrayList<>()).add(spelled);
                    }
                }
            }
        }
        return ordinals;
    }

    private static Map<Long, List<String>> spellOut(Language language) {
        Map<Long, List<String>> words = spellings(language, "%spellout", 0, MOST, 1);
        if (language.primary().equals("fa")) {
            words.replaceAll((n, cardinals) -> persianOrdinals(n, cardinals));
        }
        return words;
    }

    /**
     * ICU's spellings of {@code from}..{@code to} in steps of {@code step} by each of the language's rule sets whose
     * name starts with {@code ruleSets}, as the aligner's words joined by spaces; none that is digits alone.
     */
    private static Map<Long, List<String>> spellings(Language language, String ruleSets, long from, long to,
                                                     long step) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(language.tag()),
                RuleBasedNumberFormat.SPELLOUT);
        Map<Long, List<String>> words = new HashMap<>();
        for (String ruleSet : format.getRuleSetNames()) {
            if (!ruleSet.startsWith(ruleSets)) {
                continue;
            }
            for (long n = from; n <= to; n += step) {
                String spelled = String.join(" ", WordNormaliser.words(format.format(n, ruleSet)));
                if (!spelled.isEmpty() && !spelled.chars().allMatch(Character::isDigit)) {
                    words.computeIfAbsent(n, k -> new ArrayList<>()).add(spelled);
                }
            }
        }
        return words;
    }

    /** Older spellings of Persian numbers still common in print (ICU writes the newer): هیجده for هجده, 18. */
    private static final Map<String, String> PERSIAN_VARIANTS = Map.of("هجده", "هیجده");

    private static List<String> persianOrdinals(long n, List<String> cardinals) {
        List<String> spelled = new ArrayList<>(cardinals);
        for (String cardinal : cardinals) {
            PERSIAN_VARIANTS.forEach((current, older) -> {
                String normal = WordNormaliser.word(current);
                if (cardinal.contains(normal)) {
                    spelled.add(cardinal.replace(normal, WordNormaliser.word(older)));
                }
            });
        }
        List<String> all = new ArrayList<>(spelled);
        String yeh = WordNormaliser.word("ی"); // cardinals are normalised: Persian yeh is folded
        for (String cardinal : spelled) {
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
