package org.rosetta.segment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a sentence ends closed or open, in several scripts and quotation styles. */
class SentenceEndTest {

    @ParameterizedTest(name = "{0} -> open {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Proclaims this Universal Declaration.|false",
        "The General Assembly|true",
        "Now, therefore,|true",
        "Inzwischen ist das Buch herausgekommen :|true",
        "this right includes freedom to hold opinions;|true",
        "He said: „Ja.“|false",
        "»Nein.«|false",
        "« Il faut agir.\u00A0»|false",
        "(see above.)|false",
        "'Go.'|false",
        "and then…|false",
        "آیا این درست است؟|false",
        "مجمع عمومی|true",
        "از آنجا که ... آزادتر وضع زندگی بهتری بوجود آورند،|true",
        "人人生而自由。|false",
        "因此现在,大会,|true",
        "Article 1|true",
    })
    void readsHowASentenceEnds(String sentence, boolean open) {
        assertThat(SentenceEnd.isOpen(sentence)).isEqualTo(open);
    }

    @ParameterizedTest(name = "blank \"{0}\"")
    @CsvSource(delimiter = '|', emptyValue = "", value = {"''", "'   '", "'\u00A0'"})
    void aBlankSentenceIsNotOpen(String sentence) {
        assertThat(SentenceEnd.isOpen(sentence)).isFalse();
    }
}
