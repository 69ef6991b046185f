package org.rosetta.qa;

import com.ibm.icu.util.ULocale;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ICU's names of countries and territories, and of languages, in a source and a target language: names a
 * translation translates rather than transliterates ("United Kingdom" is "Royaume-Uni", "Belgium" is "België",
 * "Dutch" is "néerlandais"), so that the names check does not report them missing. A target word matches a word
 * of the target's name by its first {@value #PREFIX} letters, as inflection leaves them ("в Бельгии" for
 * "Бельгия"). Immutable.
 */
final class TerritoryNames {

    private static final int PREFIX = 5;

    /** One name in both languages, lower case: the source's as written, the target's as its words. */
    private record Name(String source, List<String> target) {
    }

    private final List<Name> names = new ArrayList<>();

    TerritoryNames(Language source, Language target) {
        ULocale from = new ULocale(source.tag());
        ULocale to = new ULocale(target.tag());
        for (String country : ULocale.getISOCountries()) {
            ULocale territory = new ULocale("", country);
            add(territory.getDisplayCountry(from), territory.getDisplayCountry(to), country);
        }
        for (String language : ULocale.getISOLanguages()) {
            ULocale named = new ULocale(language);
            add(named.getDisplayLanguage(from), named.getDisplayLanguage(to), language);
        }
    }

    private void add(String source, String target, String code) {
        if (source.isBlank() || target.isBlank() || source.equalsIgnoreCase(code) || target.equalsIgnoreCase(code)) {
            return; // ICU has no name for it in one of the languages
        }
        List<String> words = new ArrayList<>();
        for (String word : target.toLowerCase(Locale.ROOT).split("[\\s\\-‐]+")) {
            if (!word.isEmpty()) {
                words.add(word.substring(0, Math.min(PREFIX, word.length())));
            }
        }
        names.add(new Name(source.toLowerCase(Locale.ROOT), words));
    }

    /**
     * Whether the source's characters {@code [start, end)} are a word of a territory's or language's name that the
     * source writes there and the target writes in its own language.
     */
    boolean rendered(String sourceText, int start, int end, String targetText) {
        String source = sourceText.toLowerCase(Locale.ROOT);
        String target = targetText.toLowerCase(Locale.ROOT);
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

    /** Whether a word of {@code text} starts with {@code prefix}, after an Arabic clitic if any ("وبلجيكا"). */
    private static boolean startsWord(String text, String prefix) {
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            int start = at;
            while (start > 0 && at - start < 2 && CLITICS.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            if (start == 0 || !Character.isLetter(text.charAt(start - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Arabic conjunctions and prepositions written on the word: و ف ب ل ك. */
    private static final String CLITICS = "وفبلك";
}
