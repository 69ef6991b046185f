package org.rosetta.qa;

import org.rosetta.align.Cognates;
import org.rosetta.align.WordNormaliser;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link QaCheck#NAMES}: a proper name of the source has a counterpart in the target, the same name written in the
 * target's script: the words' consonant skeletons after ICU transliteration ({@link Cognates}) agree, one
 * consonant more or less allowed ({@code Radjavi}, {@code Rajavi} and {@code رجوی}). A name is a capitalised word
 * that is not first in its sentence and that the collection's source text never writes in lower case. What the
 * collection shows decides the rest: a capitalised term that recurs and that the targets of its units lack more
 * often than not ("Declaration", "Member States") is translated, not transliterated, and is not checked.
 */
final class NameCheck implements Checker {

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{M}'’-]{2,}");
    /** White space and opening quotes or brackets at the end of the text before a word. */
    private static final Pattern OPENING = Pattern.compile("[\\s«“„\"'(\\[]+$");

    private final Cognates cognates = new Cognates(true);
    private final Set<String> lowercase = new HashSet<>();
    private final Set<String> translated = new HashSet<>();

    NameCheck(List<UnitPair> pairs) {
        for (UnitPair pair : pairs) {
            // the text's own words: normalised ones are all lower case
            for (String raw : pair.sourceText().split("[^\\p{L}\\p{M}]+")) {
                if (!raw.isEmpty() && !Character.isUpperCase(raw.codePointAt(0))) {
                    lowercase.add(WordNormaliser.word(raw));
                }
            }
        }
        Map<String, int[]> seen = new HashMap<>();
        for (UnitPair pair : pairs) {
            if (!pair.hasBoth()) {
                continue;
            }
            for (Name name : names(pair.sourceText())) {
                int[] counts = seen.computeIfAbsent(name.word(), w -> new int[2]);
                counts[0]++;
                if (present(name.word(), pair.targetText())) {
                    counts[1]++;
                }
            }
        }
        seen.forEach((word, counts) -> {
            if (counts[0] >= 2 && 2 * counts[1] < counts[0]) {
                translated.add(word);
            }
        });
    }

    @Override
    public List<Finding> check(UnitPair pair) {
        if (!pair.hasBoth()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Name name : names(pair.sourceText())) {
            if (!translated.contains(name.word()) && !present(name.word(), pair.targetText())) {
                findings.add(Finding.of(QaCheck.NAMES, pair, "the name " + name.text() + " has no counterpart in the "
                        + pair.target(), Optional.of(name.span()), Optional.empty()));
            }
        }
        return findings;
    }

    private static String classes(String skeleton) {
        StringBuilder merged = new StringBuilder();
        String folded = skeleton.replace("dj", "j").replace("v", "");
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
        return merged.toString();
    }

    private record Name(String word, String text, Span span) {
    }

    private List<Name> names(String text) {
        List<Name> names = new ArrayList<>();
        Matcher matcher = CAPITALISED.matcher(text);
        while (matcher.find()) {
            String word = WordNormaliser.word(matcher.group());
            String before = OPENING.matcher(text.substring(0, matcher.start())).replaceFirst("");
            if (before.isEmpty() || ".!?:;".indexOf(before.charAt(before.length() - 1)) >= 0) {
                continue; // first word of a sentence: capitalised whatever it is
            }
            if (lowercase.contains(word)) {
                continue;
            }
            names.add(new Name(word, matcher.group(), new Span(matcher.start(), matcher.end())));
        }
        return names;
    }

    /** Whether some word of {@code target} is {@code name} written in the target's script. */
    private boolean present(String name, String target) {
        Optional<String> key = cognates.key(name);
        for (String word : WordNormaliser.words(target)) {
            if (word.equals(name)) {
                return true;
            }
            Optional<String> other = cognates.key(word);
            // keys start with the key kind ("k"), which classes() leaves alone
            if (key.isPresent() && other.isPresent() && similar(key.get(), other.get())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Equal skeletons, or one the other with one consonant left out (the shorter of at least three: two-consonant
     * skeletons are too common to be that tolerant), once what scripts and spellings swap is one class: g, j, z and
     * French dj (Radjavi, Rajavi); q, c and k; and v left out (Persian and Arabic و is also a vowel: رجوی).
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
