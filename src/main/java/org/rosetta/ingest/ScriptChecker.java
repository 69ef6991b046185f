package org.rosetta.ingest;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import org.rosetta.model.Document;
import org.rosetta.model.Language;

import java.util.Optional;
import java.util.Set;

/**
 * Checks that a document's text is written in the script its declared language uses (ICU's likely script for the
 * language: {@code fa} -> Arabic, {@code ru} -> Cyrillic, {@code zh} -> Han). Thread-safe.
 */
public final class ScriptChecker {

    /** A warning naming the file when most letters are in another script than the language's, else empty. */
    public Optional<String> check(Document document) {
        int expected = expectedScript(document.language());
        int[] counts = letterCounts(document.text());
        int dominant = 0;
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > counts[dominant]) {
                dominant = s;
            }
        }
        if (expected == UScript.INVALID_CODE || counts[dominant] == 0 || dominant == expected) {
            return Optional.empty();
        }
        return Optional.of(document.source() + ": declared " + document.language() + " (" + UScript.getName(expected)
                + " script) but the text is mostly " + UScript.getName(dominant));
    }

    /** The share of {@code text}'s letters in {@code language}'s script, 0..1; 1 when that script is unknown. */
    public double share(String text, Language language) {
        int expected = expectedScript(language);
        int[] counts = letterCounts(text);
        int letters = java.util.Arrays.stream(counts).sum();
        return expected == UScript.INVALID_CODE || letters == 0 ? 1.0 : (double) counts[expected] / letters;
    }

    private static int[] letterCounts(String text) {
        int[] counts = new int[UScript.CODE_LIMIT];
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                counts[normalise(UScript.getScript(c))]++;
            }
        }
        return counts;
    }

    private static int expectedScript(Language language) {
        String script = ULocale.addLikelySubtags(new ULocale(language.tag())).getScript();
        if (script.isEmpty()) {
            return UScript.INVALID_CODE;
        }
        int[] codes = UScript.getCode(script);
        return codes == null || codes.length == 0 ? UScript.INVALID_CODE : normalise(codes[0]);
    }

    private static final Set<Integer> HAN = Set.of(UScript.HAN, UScript.SIMPLIFIED_HAN, UScript.TRADITIONAL_HAN,
            UScript.JAPANESE, UScript.HIRAGANA, UScript.KATAKANA);

    private static int normalise(int script) {
        return HAN.contains(script) ? UScript.HAN : script;
    }
}
