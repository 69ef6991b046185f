package org.rosetta.align;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.model.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spelled-out ordinals and cardinals above ten are number anchors, so "Article 3" meets "مادهٔ سوم" and "14 months"
 * meets "veertien maanden"; number words that are also common words are not.
 */
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
            "ar|المادة الثالثة|#3",
            "nl|na veertien maanden vrijgelaten|#14",
            "fr|après quatorze mois de détention|#14",
            "en|twenty-five members|#25",
            "is|tuttugu og fimm fulltrúar|#25",
            "de|elf Spieler und acht Ersatzspieler|#11",
            "de|ein Buch|",
            "en|one of two governments|",
            "en|one of twelve members|#12",
            "en|two hundred and fifty people|",
            "en|twenty-five thousand people|",
            "fa|دویست و پنجاه نفر|",
            "fr|quarante-cinq pour cent des votants|#45",
            "it|il quaranta per cento|#40"})
    void ordinalsAndCardinalsAboveTenAreAnchorsAndCommonWordsAreNot(String language, String text, String keys) {
        assertThat(String.join(",", NumberWords.anchorKeys(WordNormaliser.words(text), Language.of(language))))
                .isEqualTo(keys == null ? "" : keys);
    }

    /**
     * A scale word after digits is worth what its language's spellings of round numbers make it: a lakh is a
     * hundred thousand though ICU spells a million "दस लाख"; a number spelled as one word has none.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|thousand|1000", "en|billion|1000000000", "fr|millions|1000000", "fa|هزار|1000",
            "fa|میلیون|1000000", "ar|آلاف|1000", "de|Millionen|1000000", "es|millones|1000000", "hi|लाख|100000",
            "hi|करोड़|10000000", "ru|тысяч|1000", "de|zweitausend|", "en|thirty|", "fr|pour|"})
    void scaleWordsAreWorthWhatTheirSpellingsMakeThem(String language, String word, Long value) {
        java.util.OptionalLong scale = NumberWords.scale(WordNormaliser.words(word).getFirst(), Language.of(language));
        assertThat(scale.isPresent() ? Long.valueOf(scale.getAsLong()) : null).isEqualTo(value);
    }
}
