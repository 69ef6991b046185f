package org.rosetta.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.model.Language;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordStemsTest {

    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();

    /**
     * Two words of a language, aligned with another: one key when both languages have a stemmer and the words are
     * forms of one word; two keys for a derived word, a function word, or a language pair where one side has no
     * stemmer (Persian keeps حق and حقوق apart, so English must keep "right" and "rights" apart too).
     */
    @ParameterizedTest(name = "{0} with {1}: {2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            en | fr | rights    | right     | same
            fr | en | droits    | droit     | same
            fr | en | personnes | personne  | same
            es | de | humanos   | humano    | same
            de | en | Rechte    | Recht     | same
            en | fr | nations   | national  | different
            fr | en | égalité   | égal      | different
            en | fr | his       | hi        | different
            en | fa | rights    | right     | different
            en | zh | rights    | right     | different
            """)
    void formsOfAWordShareAKeyWhenBothLanguagesHaveAStemmer(String language, String other, String a, String b,
                                                             String expected) {
        WordStems stems = WordStems.of(ANALYZERS, Language.of(language), Language.of(other));
        List<String> keys = stems.keys(UnitIndex.tokens(ANALYZERS.exactForLanguage(Language.of(language)), "exact",
                a + " " + b));
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).equals(keys.get(1))).as("%s", keys).isEqualTo(expected.equals("same"));
    }
}
