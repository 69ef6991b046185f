package org.rosetta.align;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The aligner folds Arabic-script letters and digits exactly as the search index does. */
class WordNormaliserTest {

    /** The index's Persian and Arabic folding (ZWNJ aside, which the index drops in a char filter). */
    private static final Analyzer INDEX_FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            TokenStream result = new DecimalDigitFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source,
                    new PersianNormalizationFilter(new ArabicNormalizationFilter(result)));
        }
    };

    @Test
    void everyLetterOfTheArabicBlockFoldsAsTheIndexFoldsIt() throws IOException {
        for (char c = '\u0620'; c <= '\u06FF'; c++) {
            String word = "\u0628" + c + "\u0628"; // between two beh, as inside a word
            assertThat(WordNormaliser.word(word)).as("U+%04X", (int) c).isEqualTo(indexFolded(word));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "می‌شود, میشود",
            "كتاب, کتاب",
            "علي, علی",
            "مدرسة, مدرسه",
            "أحمد, احمد",
            "۱۳۹۴, 1394",
            "٢٠١٦, 2016"})
    void variantsAreOneWord(String one, String other) {
        assertThat(WordNormaliser.word(one)).isEqualTo(WordNormaliser.word(other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le droit à l'éducation | le, droit, à, l, éducation",
            "dell’uomo e della donna | dell, uomo, e, della, donna",
            "everyone's right | everyone, s, right",
            "می‌شود بیست‌وپنج | میشود, بیستوپنج",
            "well-being | well-being"})
    void wordsEndAtApostrophesButNotAtHyphensOrJoiners(String sentence, String words) {
        assertThat(WordNormaliser.words(sentence)).containsExactlyElementsOf(
                java.util.Arrays.stream(words.split(", ")).map(WordNormaliser::word).toList());
    }

    private static String indexFolded(String text) throws IOException {
        try (TokenStream stream = INDEX_FOLDING.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String folded = stream.incrementToken() ? term.toString() : "";
            stream.end();
            return folded;
        }
    }
}
