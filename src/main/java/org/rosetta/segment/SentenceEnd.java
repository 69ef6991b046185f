package org.rosetta.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * How a sentence ends: closed by a sentence terminal (Unicode's Sentence_Terminal property: {@code . ! ?} and
 * {@code ؟ ۔ । 。 ！ ？} and the like, or an ellipsis) before whatever closing quotes, brackets and spaces follow it
 * ({@code „Ja.“}, {@code agir.\u00A0»}, {@code (see above.)}), or left open (a comma, a colon, a semicolon, a word:
 * "Now, therefore,", "The General Assembly"), its sentence going on in the next line or paragraph. Stateless.
 */
public final class SentenceEnd {

    private SentenceEnd() {
    }

    /** Whether {@code sentence} ends open, as the class says; an empty or blank one does not. */
    public static boolean isOpen(String sentence) {
        for (int k = sentence.length(); k > 0; ) {
            int c = sentence.codePointBefore(k);
            k -= Character.charCount(c);
            if (!closes(c)) {
                return !UCharacter.hasBinaryProperty(c, UProperty.S_TERM) && c != '…';
            }
        }
        return false;
    }

    /**
     * Whether a character may follow a sentence's terminal: a space of any kind, a closing bracket, a quotation
     * mark (closing, or opening in the styles that close with one: German {@code „…“}, {@code »…«}).
     */
    private static boolean closes(int c) {
        int type = UCharacter.getType(c);
        return UCharacter.isUWhiteSpace(c) || type == UCharacterCategory.END_PUNCTUATION
                || type == UCharacterCategory.FINAL_QUOTE_PUNCTUATION
                || type == UCharacterCategory.INITIAL_QUOTE_PUNCTUATION
                || UCharacter.hasBinaryProperty(c, UProperty.QUOTATION_MARK);
    }
}
