package org.rosetta.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.model.Language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ICUTokenizer loads ICU's break rules compiled by Lucene's build; with an ICU4J other than the one Lucene was built
 * against it fails at run time with "Header authentication failed". This runs it on the classpath we ship (Thai
 * also shows the folding: the tone mark of ง่าย is folded away).
 */
class IcuVersionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            zh | 世界人权宣言       | 世界,人权,宣言
            th | ภาษาไทยง่ายนิดเดียว | ภาษา,ไทย,งาย,นิด,เดียว
            ja | 人権宣言          | 人権,宣言
            """)
    void icuTokenizerSegmentsWordsWithTheShippedIcu(String tag, String text, String expected) throws IOException {
        Analyzer analyzer = new LanguageAnalyzers().forLanguage(Language.of(tag));
        assertThat(tokens(analyzer, text)).containsExactly(expected.split(","));
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text.x", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
