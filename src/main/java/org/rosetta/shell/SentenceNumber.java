package org.rosetta.shell;

import org.rosetta.model.Language;

import java.util.LinkedHashMap;
import java.util.Map;

/** A sentence addressed as {@code LANG:N}, N as {@code segment} prints it (from 0). */
record SentenceNumber(Language language, int number) {

    /** {@code fa:12}; anything else is a usage error naming {@code what} (an option, or what was asked for). */
    static SentenceNumber parse(String text, String what) {
        int colon = text.indexOf(':');
        try {
            if (colon > 0) {
                int number = Integer.parseInt(text.substring(colon + 1).strip());
                if (number >= 0) {
                    return new SentenceNumber(Language.of(text.substring(0, colon).strip()), number);
                }
            }
        } catch (IllegalArgumentException e) { // a number or a language tag that is none
            // reported below
        }
        throw new UsageException(what + ": '" + text + "' is not LANG:N (a language and a sentence number from 0,"
                + " e.g. fa:12)");
    }

    /** {@code en:2,fa:3} as a sentence number per language, in the order given. */
    static Map<Language, Integer> cuts(String list, String what) {
        Map<Language, Integer> cuts = new LinkedHashMap<>();
        for (String part : OptionValues.items(what, list)) {
            SentenceNumber sentence = parse(part, what);
            cuts.put(sentence.language(), sentence.number());
        }
        return cuts;
    }
}
