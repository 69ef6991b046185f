package org.rosetta.align;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.model.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** Spelled-out ordinals are number anchors, so "Article 3" meets "مادهٔ سوم"; ambiguous number words are not. */
class NumberWordsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fa|مادهٔ سوم|#3",
            "fa|مادهٔ بیست و یکم|#21",
            "fa|مادهٔ سی‌ام|#30",
            "fa|مادهٔ هجدهم|#18",
            "fa|مادهٔ هیجدهم|#18",
            "fr|le vingt-et-unième jour|#21",
            "fr|la troisième session|#3",
            "en|the third session|#3",
            "de|die dritte Sitzung|#3",
            "fr|un livre neuf|",
            "en|the first day|",
            "fa|یک انسان|",
            "ar|المادة الثالثة|#3"})
    void ordinalsAreAnchorsAndAmbiguousWordsAreNot(String language, String text, String keys) {
        assertThat(String.join(",", NumberWords.anchorKeys(WordNormaliser.words(text), Language.of(language))))
                .isEqualTo(keys == null ? "" : keys);
    }
}
