package org.rosetta.qa;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import org.rosetta.ingest.ArabicVowels;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ICU's names of countries and territories, and of languages, in a source and a target language: names a
 * translation translates rather than transliterates ("United Kingdom" is "Royaume-Uni", "Belgium" is "België",
 * "Dutch" is "néerlandais"), so that the names check does not report them missing. A target word matches a word
 * of the target's name by its first {@value #PREFIX} letters, as inflection leaves them ("в Бельгии" for
 * "Бельгия"), one fewer for a word of that length ("в Сирии" for "Сирия"), and whole for a shorter one ("Inde",
 * not "indemnité"); Arabic short vowels aside. Immutable.
 */
final class TerritoryNames {

    private static final int PREFIX = 5;

    /** One name in both languages: the source's as written, the target's as its words. */
    private record Name(String source, List<Word> target) {
    }

    /** A word of a name in the target: its first letters, or the whole of a short one. */
    private record Word(String letters, boolean whole) {
    }

    private final List<Name> names = new ArrayList<>();

    TerritoryNames(Language source, Language target) {
        LocaleDisplayNames from = LocaleDisplayNames.getInstance(new ULocale(source.tag()));
        LocaleDisplayNames to = LocaleDisplayNames.getInstance(new ULocale(target.tag()));
        for (String country : ULocale.getISOCountries()) {
            add(from.regionDisplayName(country), to.regionDisplayName(country), country);
        }
        for (String language : ULocale.getISOLanguages()) {
            add(from.languageDisplayName(language), to.languageDisplayName(language), language);
        }
    }

    private void add(String source, String target, String code) {
        if (source.isBlank() || target.isBlank() || source.equalsIgnoreCase(code) || target.equalsIgnoreCase(code)) {
            return; // ICU has no name for it in one of the languages
        }
        List<Word> words = new ArrayList<>();
        for (String word : comparable(target).split("[\\s\\-‐]+")) {
            if (word.length() > PREFIX) {
                words.add(new Word(word.substring(0, PREFIX), false));
            } else if (word.length() == PREFIX) {
                words.add(new Word(word.substring(0, PREFIX - 1), false)); // "Сирия", "в Сирии"
            } else if (!word.isEmpty()) {
                words.add(new Word(word, true)); // "Inde", not "indemnité"
            }
        }
        names.add(new Name(comparable(source), words));
    }

    /** Lower case, without Arabic short vowels (ICU writes "عُمان", a page "عمان"). */
    private static String comparable(String text) {
        return ArabicVowels.without(text.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the source's characters {@code [start, end)} are a word of a territory's or language's name that the
     * source writes there and the target writes in its own language.
     */
    boolean rendered(String sourceText, int start, int end, String targetText) {
        String source = sourceText.toLowerCase(Locale.ROOT);
        String target = comparable(targetText);
        for (Name name : names) {
            for (int at = source.indexOf(name.source()); at >= 0; at = source.indexOf(name.source(), at + 1)) {
                if (at <= start && end <= at + name.source().length() && wordAt(source, at, name.source().length())
                        && name.target().stream().allMatch(word -> startsWord(target, word))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordAt(String text, int at, int length) {
        return (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                && (at + length == text.length() || !Character.isLetter(text.charAt(at + length)));
    }

    /**
     * Whether a word of {@code text} starts with the word's letters (is the whole word, for a short one), after an
     * Arabic clitic if any ("وبلجيكا").
     */
    private static boolean startsWord(String text, Word word) {
        String letters = word.letters();
        for (int at = text.indexOf(letters); at >= 0; at = text.indexOf(letters, at + 1)) {
            int start = at;
            while (start > 0 && at - start < 2 && CLITICS.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            int end = at + letters.length();
            if ((start == 0 || !Character.isLetter(text.charAt(start - 1)))
                    && (!word.whole() || end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Arabic conjunctions and prepositions written on the word: و ف ب ل ك. */
    private static final String CLITICS = "وفبلك";
}
