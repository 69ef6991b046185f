package org.rosetta.qa;

import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SequencedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seeded generator of translation errors in real units: each corruption changes one unit's target the way a
 * careless translation would, and says which check should catch it. Names are rare in the UDHR, so a name
 * corruption gives a name to the unit and to two other units on both sides, as a statement names a person more
 * than once, then drops or misspells it in this unit's target only. For benchmarks and recall tests.
 */
public final class Corruptor {

    /** The kinds of error injected, each with the check that must find it. */
    public enum Kind {
        DROP_SENTENCE(QaCheck.OMISSION), DROP_TARGET(QaCheck.OMISSION), CHANGE_NUMBER(QaCheck.NUMBERS),
        DROP_NUMBER(QaCheck.NUMBERS), DROP_NAME(QaCheck.NAMES), CHANGE_NAME(QaCheck.NAMES),
        UNTRANSLATED(QaCheck.UNTRANSLATED), UNBALANCED_QUOTE(QaCheck.PUNCTUATION),
        SWAPPED_TERM(QaCheck.TERMINOLOGY);

        public final QaCheck check;

        Kind(QaCheck check) {
            this.check = check;
        }
    }

    /** One corrupted unit: what was done, to which unit (same id in the corrupted collection). */
    public record Corruption(Kind kind, String unit) {
    }

    /** The corrupted collection and what was injected where. */
    public record Result(List<TranslationUnit> units, List<Corruption> corruptions) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟。])\\s+");
    /** First names and family names with their renderings (en, fa, fr, ar): each corruption makes its own name. */
    private static final String[][] FIRST = {{"Ebrahim", "ابراهیم", "Ebrahim", "إبراهيم"},
            {"Maryam", "مریم", "Maryam", "مريم"}, {"Javaid", "جاوید", "Javaid", "جاويد"},
            {"Narges", "نرگس", "Narges", "نرجس"}, {"Nasrin", "نسرین", "Nasrin", "نسرين"},
            {"Mahmoud", "محمود", "Mahmoud", "محمود"}, {"Shirin", "شیرین", "Chirine", "شيرين"}};
    private static final String[][] FAMILY = {{"Raisi", "رئیسی", "Raïssi", "رئيسي"},
            {"Rajavi", "رجوی", "Radjavi", "رجوي"}, {"Rehman", "رحمان", "Rehman", "رحمن"},
            {"Mohammadi", "محمدی", "Mohammadi", "محمدي"}, {"Sotoudeh", "ستوده", "Sotoudeh", "ستوده"},
            {"Ebadi", "عبادی", "Ebadi", "عبادي"}, {"Khamenei", "خامنه‌ای", "Khamenei", "خامنئي"}};
    private static final List<String> NAME_LANGUAGES = List.of("en", "fa", "fr", "ar");
    /** A glossary the term corruption swaps a rendering of. */
    public static final String GLOSSARY = "en,fr,fa\nhuman rights,droits de l'homme,حقوق بشر\n";

    private final Random random;
    /** The last name a name corruption made: {source, target}. */
    private String[] lastName;

    public Corruptor(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Corrupts about one unit in {@code every} of {@code units} (source {@code source}, target {@code target}); the
     * other units are unchanged.
     */
    public Result corrupt(List<TranslationUnit> units, Language source, Language target, int every) {
        List<TranslationUnit> corrupted = new ArrayList<>();
        List<Corruption> corruptions = new ArrayList<>();
        List<String[]> namesToRepeat = new ArrayList<>();
        for (TranslationUnit unit : units) {
            String from = unit.text(source);
            String to = unit.text(target);
            if (from == null || to == null || random.nextInt(every) != 0) {
                corrupted.add(unit);
                continue;
            }
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            Optional<String[]> changed = apply(kind, from, to, target);
            if (changed.isEmpty()) {
                corrupted.add(unit);
                continue;
            }
            corrupted.add(with(unit, source, changed.get()[0], target, changed.get()[1]));
            corruptions.add(new Corruption(kind, unit.id()));
            if (kind.check == QaCheck.NAMES) {
                namesToRepeat.add(lastName);
            }
        }
        // each name also in two clean units, correctly on both sides
        java.util.Set<String> touched = new java.util.HashSet<>(corruptions.stream().map(Corruption::unit).toList());
        for (String[] name : namesToRepeat) {
            for (int copies = 0, tries = 0; copies < 2 && tries < 50; tries++) {
                int at = random.nextInt(corrupted.size());
                TranslationUnit unit = corrupted.get(at);
                if (!touched.contains(unit.id()) && unit.text(source) != null && unit.text(target) != null) {
                    corrupted.set(at, with(unit, source, name[0] + ": " + unit.text(source), target,
                            name[1] + ": " + unit.text(target)));
                    touched.add(unit.id());
                    copies++;
                }
            }
        }
        return new Result(corrupted, corruptions);
    }

    /** {source, target} after the corruption; empty when it does not apply to this unit. */
    private Optional<String[]> apply(Kind kind, String source, String target, Language language) {
        return switch (kind) {
            case DROP_SENTENCE -> {
                String[] sentences = SENTENCE_END.split(target);
                if (sentences.length < 2) {
                    yield Optional.empty();
                }
                int drop = random.nextInt(sentences.length);
                List<String> kept = new ArrayList<>(List.of(sentences));
                kept.remove(drop);
                yield Optional.of(new String[] {source, String.join(" ", kept)});
            }
            case DROP_TARGET -> Optional.of(new String[] {source, ""});
            case CHANGE_NUMBER, DROP_NUMBER -> {
                List<int[]> numbers = numbers(target);
                if (numbers.isEmpty()) {
                    yield Optional.empty();
                }
                int[] at = numbers.get(random.nextInt(numbers.size()));
                String replacement = kind == Kind.DROP_NUMBER ? "" : bumped(target.substring(at[0], at[1]));
                yield Optional.of(new String[] {source, target.substring(0, at[0]) + replacement
                        + target.substring(at[1])});
            }
            case DROP_NAME, CHANGE_NAME -> {
                int column = NAME_LANGUAGES.indexOf(language.primary());
                if (column < 0) {
                    yield Optional.empty();
                }
                String[] first = FIRST[random.nextInt(FIRST.length)];
                String[] family = FAMILY[random.nextInt(FAMILY.length)];
                String english = first[0] + " " + family[0];
                String rendering = first[column] + " " + family[column];
                lastName = new String[] {english, rendering};
                String broken = kind == Kind.DROP_NAME ? "" : misspelt(rendering);
                yield Optional.of(new String[] {english + ": " + source, broken + (broken.isEmpty() ? "" : ": ")
                        + target});
            }
            // a sentence left in the source language; a short heading ("Article 5") may be the same in both
            case UNTRANSLATED -> source.split("\\s+").length < UntranslatedCheck.MIN_WORDS ? Optional.empty()
                    : Optional.of(new String[] {source, source});
            case UNBALANCED_QUOTE -> Optional.of(new String[] {source, "« " + target});
            case SWAPPED_TERM -> {
                if (!source.toLowerCase(java.util.Locale.ROOT).contains("human rights")) {
                    yield Optional.empty();
                }
                String term = switch (language.primary()) {
                    case "fr" -> "droits de l’homme";
                    case "fa" -> "حقوق بشر";
                    default -> "";
                };
                String swap = language.primary().equals("fr") ? "droits humains" : "حقوق انسانی";
                String normalised = target.replace("droits de l'homme", "droits de l’homme");
                yield term.isEmpty() || !normalised.contains(term) ? Optional.empty()
                        : Optional.of(new String[] {source, normalised.replace(term, swap)});
            }
        };
    }

    /** The family name with one consonant changed to another: a misspelling ("Rakavi"), not a variant. */
    private String misspelt(String name) {
        int space = name.indexOf(' ');
        List<Integer> consonants = new ArrayList<>();
        for (int at = space + 2; at < name.length(); at++) {
            if ("aeiouyhwAEIOUYïاویهءئ\u200C".indexOf(name.charAt(at)) < 0) {
                consonants.add(at);
            }
        }
        int at = consonants.isEmpty() ? name.length() - 1 : consonants.get(random.nextInt(consonants.size()));
        char c = name.charAt(at);
        boolean arabic = Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
        char other = arabic ? (c == 'ک' ? 'ب' : 'ک') : (c == 'k' ? 'b' : 'k');
        return name.substring(0, at) + other + name.substring(at + 1);
    }

    private static List<int[]> numbers(String text) {
        List<int[]> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(new int[] {matcher.start(), matcher.end()});
        }
        return numbers;
    }

    /** The number with its last digit changed (in its own digit system). */
    private static String bumped(String digits) {
        int last = digits.codePointBefore(digits.length());
        int value = Character.digit(last, 10);
        int zero = last - value;
        return digits.substring(0, digits.length() - 1) + (char) (zero + (value + 3) % 10);
    }

    private static TranslationUnit with(TranslationUnit unit, Language source, String sourceText, Language target,
                                        String targetText) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>(unit.variants());
        variants.put(source, sourceText);
        if (targetText.isEmpty()) {
            variants.remove(target);
        } else {
            variants.put(target, targetText);
        }
        return new TranslationUnit(unit.id(), unit.collection(), unit.document(), variants, "",
                unit.confidence());
    }

}
