package org.rosetta.ingest;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import org.rosetta.model.Document;

import java.util.Optional;
import java.util.Set;

/**
 * Checks that a document's text is written in the script its declared language uses (ICU's likely script for the
 * language: {@code fa} -> Arabic, {@code ru} -> Cyrillic, {@code zh} -> Han). Thread-safe.
 */
public final class ScriptChecker {

    /** A warning naming the file when most letters are in another script than the language's, else empty. */
    public Optional<String> check(Document document) {
        int expected = expectedScript(document);
        if (expected == UScript.INVALID_CODE) {
            return Optional.empty();
        }
        int[] counts = new int[UScript.CODE_LIMIT];
        String text = document.text();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                counts[normalise(UScript.getScript(c))]++;
            }
        }
        int dominant = 0;
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > counts[dominant]) {
                dominant = s;
            }
        }
        if (counts[dominant] == 0 || dominant == expected) {
            return Optional.empty();
        }
        return Optional.of(document.source() + ": declared " + document.language() + " (" + UScript.getName(expected)
                + " script) but the text is mostly " + UScript.getName(dominant));
    }

    private static int expectedScript(Document document) {
        String script = ULocale.addLikelySubtags(new ULocale(document.language().tag())).getScript();
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
