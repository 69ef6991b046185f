package org.rosetta.exchange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.model.Language;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageCodesTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            as-is             | pt-br | pt-br
            language          | pt-br | pt
            language          | fa    | fa
            en=en-US,fa=fa-IR | fa    | fa-IR
            en=en-US,fa=fa-IR | EN    | en-US
            en=en-US,fa=fa-IR | fr    | fr
            """)
    void writesTheCodeATranslationToolExpects(String spec, String language, String code) {
        assertThat(LanguageCodes.parse(spec).code(Language.of(language))).isEqualTo(code);
    }
}
