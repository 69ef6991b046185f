package org.rosetta.qa;

import org.rosetta.align.Cognates;
import org.rosetta.align.Dictionary;
import org.rosetta.align.WordNormaliser;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.ingest.ScriptChecker;
import org.rosetta.model.Language;
import org.rosetta.model.Span;
import org.rosetta.segment.Abbreviations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link QaCheck#NAMES}: a proper name of the source has a counterpart in the target, the same name written in the
 * target's script: the words' consonant skeletons after ICU transliteration ({@link Cognates}) agree, one consonant
 * more or less allowed ({@code Radjavi}, {@code Rajavi} and {@code رجوی}). A name is a capitalised word that is not
 * first in its sentence (a list item's label, "b)", a bullet or an opening quotation mark opens one: "“Thirty-three
 * years ago"), without a possessive ending ("Raisi’s" is Raisi), not in a hashtag, an e-mail address or a
 * link (the punctuation check compares those whole: "#FreeThem"), that the collection's source text never writes in
 * lower case, nor any form of it (by the search analyzer's stemming: "Proclaims", capitalised where a page's layout
 * broke the sentence "The General Assembly / Proclaims this Declaration", is a form of "proclaimed"), and that is not
 * a month or weekday of the source language ("Monday" is "lundi"); in a title-case headline, only words the
 * collection's prose capitalises too. In a language that capitalises its nouns (German), only words some unit's target
 * writes as a name too: "Makalu", not "Zone".
 *
 * <p>Skeletons are short, so two guards keep a common word or another name from standing in for a missing one:
 * <ul>
 *   <li>each target word is the counterpart of one source word at most, matched best first (the same word, then the
 *   same skeleton, then a near one; nearer in relative position first), so in "Mahmoud Mohammadi" the target's
 *   محمود is Mahmoud's and cannot also be Mohammadi's (both skeletons are {@code md});</li>
 *   <li>a word written in another script is a counterpart only if the collection pairs the two: their Dice
 *   coefficient over units is at least {@value #MIN_DICE} (مادهٔ, "article", is in thirty Persian units and
 *   Mohammadi in three English ones: 0.18).</li>
 * </ul>
 * What the collection shows decides the rest: a capitalised term that recurs and that the targets of its units lack
 * more often than not ("Declaration", "Member States") is translated, not transliterated, and is not checked. With a
 * bilingual dictionary ({@link QualityChecks#withDictionary}), a word whose translation the target has is not
 * reported either ({@link #translatedByDictionary}; a target word may stand for several such words).
 */
final class NameCheck implements Checker {

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{M}'’-]{2,}");
    /** A possessive ending, which is not part of the name: "Raisi’s", "Iran's", "the Rajavis'". */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** White space and opening quotes or brackets at the end of the text before a word. */
    private static final Pattern OPENING = Pattern.compile("[\\s«“„\"'(\\[•·*–—-]+$");
    /** A name and a target word that share fewer units than this (2 x both / sum of each) are not a pair. */
    static final double MIN_DICE = 1.0 / 3;
    /** The fewest letters of a dictionary translation found as a form of a target word, or as a compound's part. */
    private static final int FORM_LETTERS = 4;
    /** The fewest letters of an abbreviation that counts as its word ({@link #abbreviated}). */
    private static final int ABBREVIATED = 3;
    /** The fewest letters of a name whose forms with an ending count as the name ({@link #inflected}). */
    private static final int NAME_LETTERS = 4;
    /** The most letters an ending adds to a name ({@link #inflected}). */
    private static final int ENDING = 3;
    /** Languages that write their compound nouns as one word. */
    private static final Set<String> COMPOUNDING = Set.of("de", "nl", "sv", "da", "nb", "nn", "no", "is", "fi", "lb");
    /** Languages that capitalise every noun: their capitals alone do not make a name. */
    private static final Set<String> NOUNS_CAPITALISED = Set.of("de", "lb");

    private static final ScriptChecker SCRIPTS = new ScriptChecker();

    private final Cognates cognates = Cognates.ofNames();
    private final Set<String> lowercase = new HashSet<>();
    /** The stems of {@link #lowercase}'s words, by the source language's search analyzer. */
    private final Set<String> lowercaseStems = new HashSet<>();
    private final LanguageAnalyzers analyzers;
    private final Language language;
    private final Set<String> translated = new HashSet<>();
    /** Words the collection capitalises inside sentences of prose (not of title-case headlines). */
    private final Set<String> capitalisedInProse = new HashSet<>();
    /** Units (by their place in the list given) whose source has a capitalised word, and whose target a word. */
    private final Map<String, Set<Integer>> sourceUnits = new HashMap<>();
    private final Map<String, Set<Integer>> targetUnits = new HashMap<>();
    private final Map<UnitPair, Integer> positions = new IdentityHashMap<>();
    private final Map<String, Boolean> pairedCache = new HashMap<>();
    /** Each unit's matched source positions, from the constructor's pass, for {@link #check}. */
    private final Map<UnitPair, Set<Integer>> matchedByUnit = new IdentityHashMap<>();
    private final Map<String, List<Word>> capitalisedByText = new HashMap<>();
    /** The source language's abbreviations, as the segmenter knows them: "Mrs." does not end a sentence. */
    private final Abbreviations abbreviations;
    private final Map<String, String> stems = new HashMap<>();
    /** Countries and languages, which a translation names in its own language ("Belgium", "Belgique"). */
    private final TerritoryNames territories;
    /**
     * For a source language that capitalises its nouns, the capitalised words some unit's target writes as a name:
     * the same word or skeleton, capitalised inside a sentence where the target's script has capitals. Empty
     * otherwise.
     */
    private final Set<String> shownAsNames = new HashSet<>();
    /** Whether the source language capitalises its nouns, so that a name must be in {@link #shownAsNames}. */
    private final boolean nounsCapitalised;
    /** A bilingual dictionary the user gave ({@link #translatedByDictionary}). */
    private final Optional<Dictionary> dictionary;

    NameCheck(List<UnitPair> pairs, LanguageAnalyzers analyzers, Optional<Dictionary> dictionary) {
        this.analyzers = analyzers;
        this.dictionary = dictionary;
        language = pairs.isEmpty() ? Language.of("und") : pairs.getFirst().source();
        abbreviations = Abbreviations.of(language);
        territories = new TerritoryNames(language, pairs.isEmpty() ? language : pairs.getFirst().target());
        lowercase.addAll(dateWords(language));
        for (UnitPair pair : pairs) {
            // the text's own words: normalised ones are all lower case
            for (String raw : pair.sourceText().split("[^\\p{L}\\p{M}]+")) {
                if (!raw.isEmpty() && !Character.isUpperCase(raw.codePointAt(0))) {
                    lowercase.add(WordNormaliser.word(raw));
                }
            }
        }
        lowercase.forEach(word -> lowercaseStems.add(stem(word)));
        for (UnitPair pair : pairs) {
            if (!titleCase(pair.sourceText())) {
                capitalised(pair.sourceText()).stream().filter(w -> w.place() == Place.WITHIN)
                        .forEach(w -> capitalisedInProse.add(w.word()));
            }
        }
        for (int p = 0; p < pairs.size(); p++) {
            UnitPair pair = pairs.get(p);
            if (!pair.hasBoth()) {
                continue;
            }
            positions.put(pair, p);
            for (Word word : capitalised(pair.sourceText())) {
                sourceUnits.computeIfAbsent(word.word(), w -> new HashSet<>()).add(p);
            }
            for (String word : WordNormaliser.words(pair.targetText())) {
                targetUnits.computeIfAbsent(word, w -> new HashSet<>()).add(p);
            }
        }
        nounsCapitalised = NOUNS_CAPITALISED.contains(language.primary());
        if (nounsCapitalised) {
            pairs.stream().filter(UnitPair::hasBoth).forEach(this::showAsNames);
        }
        // per unit: does its target render the name (any of its occurrences)?
        Map<String, int[]> seen = new HashMap<>();
        for (UnitPair pair : pairs) {
            if (!pair.hasBoth()) {
                continue;
            }
            Set<Integer> present = counterparts(pair);
            matchedByUnit.put(pair, present);
            Map<String, Boolean> rendered = new HashMap<>();
            for (Word name : names(pair.sourceText())) {
                rendered.merge(name.word(), present.contains(name.span().start()), Boolean::logicalOr);
            }
            rendered.forEach((word, found) -> {
                int[] counts = seen.computeIfAbsent(word, w -> new int[2]);
                counts[0]++;
                if (found) {
                    counts[1]++;
                }
            });
        }
        seen.forEach((word, counts) -> {
            if (counts[0] >= 2 && 2 * counts[1] < counts[0]) {
                translated.add(word);
            }
        });
    }

    /**
     * Adds to {@link #shownAsNames} the source's capitalised words that this unit's target writes as names: German
     * "Makalu" is "Makalu" in French, but "Zone" is "zone", a noun. In a target script without capitals (Persian,
     * Arabic) a word the collection pairs with the name ({@value #MIN_DICE}, Dice) is enough.
     */
    private void showAsNames(UnitPair pair) {
        boolean cased = pair.targetText().codePoints().anyMatch(Character::isLowerCase);
        List<String> targets = cased ? capitalised(pair.targetText()).stream().filter(w -> !w.first())
                .map(Word::word).toList() : WordNormaliser.words(pair.targetText());
        Optional<Integer> unit = Optional.ofNullable(positions.get(pair));
        for (Word word : capitalised(pair.sourceText())) {
            if (!shownAsNames.contains(word.word())
                    && targets.stream().anyMatch(t -> strength(word.word(), t, unit) >= 2)) {
                shownAsNames.add(word.word());
            }
        }
    }

    /**
     * The source language's month and weekday names, full and short, as the JDK's locale data gives them
     * ("Monday", "Sep"): capitalised in English, they are dates, not names (the numbers check looks at dates).
     */
    private static Set<String> dateWords(Language language) {
        java.text.DateFormatSymbols symbols = java.text.DateFormatSymbols.getInstance(
                java.util.Locale.forLanguageTag(language.tag()));
        Set<String> words = new HashSet<>();
        for (String[] names : List.of(symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(),
                symbols.getShortWeekdays())) {
            for (String name : names) {
                if (!name.isBlank()) {
                    words.add(WordNormaliser.word(name.replace(".", "")));
                }
            }
        }
        return words;
    }

    @Override
    public List<Finding> check(UnitPair pair) {
        if (!pair.hasBoth()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Set<Integer> matched = matchedByUnit.computeIfAbsent(pair, this::counterparts);
        for (Word name : names(pair.sourceText())) {
            if (!translated.contains(name.word()) && !matched.contains(name.span().start())
                    && !translatedByDictionary(name, pair)
                    && canBeFound(name, pair) && !territories.rendered(pair.sourceText(), name.span().start(),
                    name.span().end(), pair.targetText())) {
                findings.add(Finding.of(QaCheck.NAMES, pair, "the name " + name.text() + " has no counterpart in the "
                        + pair.target(), Optional.of(name.span()), Optional.empty()));
            }
        }
        return findings;
    }

    /**
     * Whether the dictionary translates the word and the target has that translation, so that it is not reported
     * missing: an institution's name put in the target's words ("Labour Court", "Arbeitsgericht"). The target has a
     * translation when one of its words is the translation, a form of it ({@value #FORM_LETTERS} letters or more,
     * the same but for at most the last two letters of each: "banca", "banche"; not "braun", "brauchen"), or, in a
     * language that writes compounds as one word, starts or ends with it ("arbeit" and "gericht" in
     * "arbeitsgericht"); or when the dictionary gives the source word as a translation of a target word (a word
     * list whose first column is the target language).
     */
    private boolean translatedByDictionary(Word name, UnitPair pair) {
        if (dictionary.isEmpty()) {
            return false;
        }
        Set<String> translations = dictionary.get().translationsOf(name.text());
        boolean compounds = COMPOUNDING.contains(pair.target().primary());
        for (String word : WordNormaliser.words(pair.targetText())) {
            for (String translation : translations) {
                if (word.equals(translation) || form(word, translation)
                        || compounds && translation.length() >= FORM_LETTERS
                        && (word.startsWith(translation) || word.endsWith(translation))) {
                    return true;
                }
            }
            if (dictionary.get().translationsOf(word).contains(name.word())) {
                return true;
            }
        }
        return false;
    }

    /** Whether two words differ only in their last two letters at most, both of {@value #FORM_LETTERS} or more. */
    private static boolean form(String word, String translation) {
        int shared = 0;
        while (shared < word.length() && shared < translation.length()
                && word.charAt(shared) == translation.charAt(shared)) {
            shared++;
        }
        return shared >= FORM_LETTERS && word.length() - shared <= 2 && translation.length() - shared <= 2;
    }

    /**
     * Whether the name's counterpart could be recognised in the target: written as it is (the target has letters
     * of the source language's script), or transliterated with a consonant skeleton specific enough to compare
     * ("Anna" and آنا are both just n: such a name is not reported missing from another script's text).
     */
    private boolean canBeFound(Word name, UnitPair pair) {
        return cognates.key(name.word()).isPresent() || SCRIPTS.share(pair.targetText(), pair.source()) > 0;
    }

    /** Where a capitalised word stands: opening a sentence, opening a quotation inside one, or within. */
    private enum Place {
        OPENS_SENTENCE, OPENS_QUOTATION, WITHIN
    }

    /**
     * A capitalised source word: normalised, as written, where, its place among the text's words, its place, and
     * whether it is a title the source language abbreviates ("Mrs.").
     */
    private record Word(String word, String text, Span span, int index, Place place, boolean title) {

        /** Whether it opens its sentence, where a capital says nothing. */
        boolean first() {
            return place == Place.OPENS_SENTENCE;
        }
    }

    /**
     * A source word and a target word that may render it; {@code part} is the part of a hyphenated target word it
     * is (empty for the whole word), so that each part renders a name of its own ("Emilia-Romagna").
     */
    private record Candidate(Word source, int target, String part, int strength, double distance) {

        String taken() {
            return target + "-" + part;
        }
    }

    /**
     * Where (source offsets) the source's capitalised words have a counterpart: the words (sentence-initial ones
     * too: "Mahmoud" first in its sentence still takes its own counterpart) matched one to one with target words,
     * best first, a capitalised target word that is the name with an ending ({@link #inflected}) or the word
     * abbreviated ({@link #abbreviated}) as good as the same word, and so is the same word as a part of a hyphenated
     * target word ("Oostkade" in "Oostkade-terminal"); a word the source repeats is rendered when one
     * of its occurrences is (the translation may name a person once and then say "he").
     */
    private Set<Integer> counterparts(UnitPair pair) {
        List<Word> sources = capitalised(pair.sourceText());
        List<String> targets = WordNormaliser.words(pair.targetText());
        int sourceWords = Math.max(1, WordNormaliser.words(pair.sourceText()).size());
        Optional<Integer> unit = Optional.ofNullable(positions.get(pair));
        TargetCapitals capitals = TargetCapitals.of(capitalised(pair.targetText()), pair.targetText());
        boolean compounds = COMPOUNDING.contains(pair.target().primary());
        // a name in a hyphenated compound: "Oostkade" in "Oostkade-terminal"
        List<Set<String>> hyphenParts = targets.stream().map(word -> word.indexOf('-') < 0 ? Set.<String>of()
                : Set.copyOf(Arrays.asList(word.split("-")))).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (Word source : sources) {
            for (int t = 0; t < targets.size(); t++) {
                String target = targets.get(t);
                boolean part = hyphenParts.get(t).contains(source.word())
                        || compounds && capitals.words().contains(target) && compoundStart(source.word(), target);
                int strength = capitals.formOf(source.word(), target) || part ? 3
                        : !capitals.words().contains(target) && adjective(source.word(), target)
                        || capitals.reordered(source.text(), target) ? 2
                        : strength(source.word(), target, unit);
                if (strength > 0) {
                    double distance = Math.abs((double) source.index() / sourceWords
                            - (double) t / targets.size());
                    candidates.add(new Candidate(source, t, part ? source.word() : "", strength, distance));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::strength).reversed()
                .thenComparingDouble(Candidate::distance));
        Set<String> matchedWords = new HashSet<>();
        Set<String> taken = new HashSet<>();
        for (Candidate candidate : candidates) {
            Word source = candidate.source();
            if (!matchedWords.contains(source.word()) && taken.add(candidate.taken())) {
                matchedWords.add(source.word());
            }
        }
        Set<Integer> matched = new HashSet<>();
        for (Word source : sources) {
            if (matchedWords.contains(source.word())) {
                matched.add(source.span().start());
            }
        }
        return matched;
    }

    /** 3: the same word; 2: the same skeleton; 1: a near skeleton; 0: not the same name. */
    private int strength(String name, String word, Optional<Integer> unit) {
        if (word.equals(name)) {
            return 3;
        }
        Optional<String> key = cognates.key(name);
        Optional<String> other = cognates.key(word);
        if (key.isEmpty() || other.isEmpty()) {
            return 0;
        }
        // keys start with the key kind ("k"), which classes() leaves alone
        int strength = classes(key.get()).equals(classes(other.get())) ? 2 : similar(key.get(), other.get()) ? 1 : 0;
        return strength > 0 && (unit.isEmpty() || paired(name, word)) ? strength : 0;
    }

    /**
     * A target's capitalised words (normalised), those of them a full stop follows, and those written in capitals
     * alone (acronyms); for {@link #counterparts}.
     */
    private record TargetCapitals(Set<String> words, Set<String> abbreviations, Set<String> acronyms) {

        static TargetCapitals of(List<Word> capitalised, String text) {
            Set<String> words = new HashSet<>();
            Set<String> abbreviations = new HashSet<>();
            Set<String> acronyms = new HashSet<>();
            for (Word word : capitalised) {
                words.add(word.word());
                if (word.span().end() < text.length() && text.charAt(word.span().end()) == '.') {
                    abbreviations.add(word.word());
                }
                if (acronym(word.text())) {
                    acronyms.add(word.word());
                }
            }
            return new TargetCapitals(words, abbreviations, acronyms);
        }

        /**
         * Whether {@code word} is an acronym of the target with the letters of {@code name}, a source acronym, in
         * another order: the initials of the same words, which the target's grammar orders otherwise ("OTAN" for
         * "NATO", "OMPI" for "PMOI", "CNRI" for "NCRI").
         */
        boolean reordered(String name, String word) {
            return acronym(name) && acronyms.contains(word) && letters(word).equals(letters(WordNormaliser.word(name)));
        }

        private static boolean acronym(String text) {
            return text.codePoints().allMatch(Character::isUpperCase);
        }

        private static String letters(String word) {
            return word.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString();
        }

        /** Whether {@code word} is {@code name} declined ({@link #inflected}) or abbreviated ({@link #abbreviated}). */
        boolean formOf(String name, String word) {
            return words.contains(word) && inflected(name, word)
                    || abbreviations.contains(word) && abbreviated(name, word);
        }
    }

    /**
     * Whether {@code abbreviation} (a capitalised target word a full stop follows, as {@link #counterparts} asks)
     * is {@code word} cut short to {@value #ABBREVIATED} letters or more: "Prof." for "Professor", "Gen." for
     * "General".
     */
    static boolean abbreviated(String word, String abbreviation) {
        return abbreviation.codePointCount(0, abbreviation.length()) >= ABBREVIATED
                && word.length() > abbreviation.length() && word.startsWith(abbreviation);
    }

    /**
     * Whether {@code word} (a capitalised word of the target, as {@link #counterparts} asks) is {@code name} whole,
     * of {@value #NAME_LETTERS} letters or more, with an ending of at most {@value #ENDING} letters added: a name
     * declined or made an adjective ("Kieler Rathaus" for "Kiel City Hall", "Berlins"). The whole name must be
     * there, so a name misspelt is not one of its forms; a form that changes the name's own letters (Russian
     * "Москвы" for "Москва") is not seen.
     */
    static boolean inflected(String name, String word) {
        return name.codePointCount(0, name.length()) >= NAME_LETTERS && word.startsWith(name)
                && word.codePointCount(name.length(), word.length()) <= ENDING
                && word.codePoints().skip(name.codePointCount(0, name.length())).allMatch(Character::isLetter);
    }

    /**
     * Whether {@code word} (a capitalised word of a target language that writes compounds as one word) is a compound
     * that {@code name} begins: the name whole, of {@value #NAME_LETTERS} letters or more, then a word of as many
     * ("Iranpolitik" for "Iran policy", "Irankrise"); an ending shorter than that is {@link #inflected}'s to judge.
     */
    static boolean compoundStart(String name, String word) {
        return name.codePointCount(0, name.length()) >= NAME_LETTERS && word.startsWith(name)
                && word.codePointCount(name.length(), word.length()) >= NAME_LETTERS
                && word.codePoints().skip(name.codePointCount(0, name.length())).allMatch(Character::isLetter);
    }

    /**
     * Whether a lower-case target word is the name made an adjective, as French, Spanish and Italian write those
     * ("iraniens" for "Iranian", "Résistance iranienne" for "Resistance of Iran", "parisien" for "Paris"): it
     * begins with the name but for at most its last two letters, that much being {@value #NAME_LETTERS} letters or
     * more, and adds two to five: an adjective's ending ("malien" is of Mali, "malin", cunning, is not).
     */
    static boolean adjective(String name, String word) {
        int shared = 0;
        while (shared < name.length() && shared < word.length() && name.charAt(shared) == word.charAt(shared)) {
            shared++;
        }
        int added = word.length() - shared;
        return shared >= NAME_LETTERS && shared >= name.length() - 2 && added >= 2 && added <= 5
                && word.chars().allMatch(Character::isLetter);
    }

    /** Whether the collection's units pair the two words often enough ({@value #MIN_DICE}, Dice). */
    private boolean paired(String name, String word) {
        return pairedCache.computeIfAbsent(name + "\u0000" + word, k -> {
            Set<Integer> withName = sourceUnits.getOrDefault(name, Set.of());
            Set<Integer> withWord = targetUnits.getOrDefault(word, Set.of());
            Set<Integer> smaller = withName.size() <= withWord.size() ? withName : withWord;
            Set<Integer> larger = smaller == withName ? withWord : withName;
            long both = smaller.stream().filter(larger::contains).count();
            return 2.0 * both / (withName.size() + withWord.size()) >= MIN_DICE;
        });
    }

    /** A key with what scripts and spellings swap folded into one class; its first letter, the key kind, as is. */
    private static String classes(String key) {
        if (key.isEmpty()) {
            return key;
        }
        StringBuilder merged = new StringBuilder();
        String folded = key.substring(1).replace("dj", "j").replace("v", "");
        for (char c : folded.toCharArray()) {
            char m = switch (c) {
                case 'g', 'z' -> 'j';
                case 'q', 'c' -> 'k';
                default -> c;
            };
            if (merged.isEmpty() || merged.charAt(merged.length() - 1) != m) {
                merged.append(m);
            }
        }
        return key.charAt(0) + merged.toString();
    }

    /** Every capitalised word of the text, in order, with whether it opens its sentence; each text read once. */
    private List<Word> capitalised(String text) {
        return capitalisedByText.computeIfAbsent(text, t -> readCapitalised(t, abbreviations));
    }

    /**
     * The text's capitalised words; a full stop after an abbreviation of the source language ("Mrs. Rajavi") does
     * not open a sentence, and the abbreviation is marked a title.
     */
    private static List<Word> readCapitalised(String text, Abbreviations abbreviations) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = CAPITALISED.matcher(text);
        List<WordNormaliser.Anchor> links = WordNormaliser.anchorsIn(text).stream().filter(a -> !a.isNumber())
                .toList();
        int counted = 0;
        int index = 0;
        while (matcher.find()) {
            int at = matcher.start();
            if (links.stream().anyMatch(link -> link.start() <= at && at < link.end())) {
                continue; // a hashtag, an address or a link: the punctuation check compares those whole
            }
            String head = text.substring(0, matcher.start());
            Matcher opening = OPENING.matcher(head);
            boolean quoted = false;
            if (opening.find()) {
                quoted = opening.group().chars().anyMatch(c -> "«“„\"".indexOf(c) >= 0);
                head = head.substring(0, opening.start());
            }
            String before = OPENING.matcher(ListLabels.withoutEnding(head)).replaceFirst("");
            boolean ends = !before.isEmpty() && ".!?:;".indexOf(before.charAt(before.length() - 1)) >= 0
                    && !(before.endsWith(".") && abbreviations.endsWithAbbreviation(before, before.length()));
            Place place = before.isEmpty() || ends ? Place.OPENS_SENTENCE
                    : quoted ? Place.OPENS_QUOTATION : Place.WITHIN;
            int after = matcher.end();
            // a title abbreviated ("Mrs."), which a translation writes its own way ("Mme", "Frau")
            boolean title = after < text.length() && text.charAt(after) == '.'
                    && abbreviations.endsWithAbbreviation(text, after + 1);
            index += WordNormaliser.words(text.substring(counted, matcher.start())).size();
            counted = matcher.start();
            String name = POSSESSIVE.matcher(matcher.group()).replaceFirst("");
            words.add(new Word(WordNormaliser.word(name), name, new Span(matcher.start(), matcher.start()
                    + name.length()), index, place, title));
        }
        return words;
    }

    /**
     * The capitalised words that are names: not first in their sentence, not an abbreviated title, never written in
     * lower case.
     */
    private List<Word> names(String text) {
        boolean headline = titleCase(text);
        return capitalised(text).stream().filter(w -> w.place() == Place.WITHIN && !w.title()
                && !lowercase.contains(w.word())
                && !lowercaseStems.contains(stem(w.word())) && (!nounsCapitalised || shownAsNames.contains(w.word()))
                && (!headline || capitalisedInProse.contains(w.word()))).toList();
    }

    private String stem(String word) {
        return stems.computeIfAbsent(word, w -> analyzers.stem(language, w));
    }

    /**
     * A headline in title case ("Prisoners Urge the World Community To Investigate", "Swedish Court"): no final
     * stop, and most of its words of four letters or more capitalised (of four or more such words), or all of them
     * (of two or three, and no colon: "Narges Mohammadi: Article 5" labels a text with a name), so capitals say
     * nothing there; its words are names only where the collection's prose capitalises them too.
     */
    static boolean titleCase(String text) {
        String end = text.strip();
        if (end.isEmpty() || ".!?…:;".indexOf(end.charAt(end.length() - 1)) >= 0) {
            return false; // a sentence, not a headline
        }
        List<String> words = java.util.Arrays.stream(text.split("[^\\p{L}\\p{M}'’-]+"))
                .filter(w -> w.codePointCount(0, w.length()) >= 4).toList();
        long capitalised = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
        return words.size() >= 4 && capitalised * 5 >= words.size() * 3
                || words.size() >= 2 && capitalised == words.size() && end.indexOf(':') < 0;
    }

    /**
     * Equal skeletons, or one the other with one consonant left out (the shorter of at least three: two-consonant
     * skeletons are too common to be that tolerant), once what scripts and spellings swap is one class: g, j, z and
     * French dj (Radjavi, Rajavi); q, c and k; and v left out (Persian and Arabic و is also a vowel: رجوی; and
     * it is the w of Weber, وبر, which the skeleton leaves out, as much as the v of Rajavi).
     */
    static boolean similar(String first, String second) {
        String a = classes(first);
        String b = classes(second);
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (longer.length() - shorter.length() != 1 || shorter.length() < 4) { // "k" + at least three consonants
            return false;
        }
        for (int skip = 0; skip < longer.length(); skip++) {
            if ((longer.substring(0, skip) + longer.substring(skip + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
