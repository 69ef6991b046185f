package org.rosetta.align;

import com.ibm.icu.text.Transliterator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cognate and name keys of words. Within one script, a word of at least {@value #PREFIX} letters is keyed by its
 * first {@value #PREFIX} letters (Simard et al.'s cognate test). Across scripts, words are transliterated with ICU
 * ({@code Any-Latin; Latin-ASCII}) and keyed by their consonant skeleton ({@code Khamenei} and {@code خامنه‌ای}
 * both give {@code kmn}; {@code Raisi} and {@code رئیسی} give {@code rs}), for words of at least
 * {@value #MIN_LETTERS} letters with at least {@value #MIN_SKELETON} consonants (names: {@link #ofNames}). Not
 * thread-safe (a cache per aligner run).
 */
public final class Cognates {

    static final int PREFIX = 4;
    private static final int MIN_SKELETON = 2;
    private static final int MIN_LETTERS = 4;
    /**
     * A name of three letters has a key too ({@link #ofNames}): Persian and Arabic write few vowels, so وبر
     * (Weber), آنا (Anna) and علی (Ali) are whole names, though as cognates such short words pair too much.
     */
    private static final int MIN_NAME_LETTERS = 3;

    /** Letters a word's skeleton leaves out: vowels, and w and h, which scripts write so differently. */
    private static final String SILENT = "aeiouyhw";
    /**
     * Letters a name's skeleton leaves out: a name's w is its v (Persian and Arabic و writes both: اوین is Evin,
     * وبر Weber, رجوی Rajavi), so both are kept as v.
     */
    private static final String SILENT_IN_NAMES = "aeiouyh";

    private final Scripts scripts;
    private final int minLetters;
    private final String silent;
    private final Transliterator toAscii;
    private final Map<String, Optional<String>> cache = new HashMap<>();

    Cognates(Scripts scripts) {
        this(scripts, MIN_LETTERS, SILENT);
    }

    private Cognates(Scripts scripts, int minLetters, String silent) {
        this.scripts = scripts;
        this.minLetters = minLetters;
        this.silent = silent;
        this.toAscii = scripts == Scripts.ACROSS ? Transliterator.getInstance("Any-Latin; Latin-ASCII") : null;
    }

    /**
     * Keys across scripts for names: as the aligner's, for words of {@value #MIN_NAME_LETTERS} letters too, and with
     * w read as v.
     */
    public static Cognates ofNames() {
        return new Cognates(Scripts.ACROSS, MIN_NAME_LETTERS, SILENT_IN_NAMES);
    }

    /**
     * Keys within one script: a word's first {@value #PREFIX} letters, as the aligner's cognates, which within one
     * language key a word family without a stemmer (آزادی, "freedom", and آزادانه, "freely").
     */
    public static Cognates ofOneScript() {
        return new Cognates(Scripts.SAME, MIN_LETTERS, SILENT);
    }

    /** The word's key (words normalised as {@link WordNormaliser#word} gives them); empty when too short. */
    public Optional<String> key(String word) {
        return cache.computeIfAbsent(word, this::compute);
    }

    private Optional<String> compute(String word) {
        if (scripts == Scripts.SAME) {
            int letters = (int) word.codePoints().filter(Character::isLetter).count();
            return letters >= PREFIX ? Optional.of("c" + prefix(word)) : Optional.empty();
        }
        if (word.codePointCount(0, word.length()) < minLetters) {
            return Optional.empty();
        }
        String ascii = toAscii.transliterate(word).toLowerCase(java.util.Locale.ROOT);
        StringBuilder skeleton = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i) == 'w' && silent.indexOf('w') < 0 ? 'v' : ascii.charAt(i);
            if (c >= 'a' && c <= 'z' && silent.indexOf(c) < 0
                    && (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != c)) {
                skeleton.append(c);
            }
        }
        return skeleton.length() >= MIN_SKELETON ? Optional.of("k" + skeleton) : Optional.empty();
    }

    private static String prefix(String word) {
        int end = word.offsetByCodePoints(0, Math.min(PREFIX, word.codePointCount(0, word.length())));
        return word.substring(0, end);
    }
}
