package org.rosetta.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.model.Language;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompoundSplitterTest {

    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();
    /** Words a German or Dutch collection has on their own, beside the compounds of the table. */
    private static final String WORDS = "Alle Menschen haben Rechte. Jeder Mensch hat als Mitglied der Gesellschaft "
            + "Freiheit und Versammlung, die Grundschule und Unterricht. Der Staat und die Rechten. Een mens heeft "
            + "rechten.";

    /**
     * A compound whose parts the texts have on their own is read as its parts, each with its place in the word
     * (a linking "s", a first part's lost "e" and its inflection aside); a word whose would-be parts the texts
     * lack, a short part, and every word of a language that writes compounds apart, are left whole.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Menschenrechte       | Menschen rechte
            de | Versammlungsfreiheit | Versammlungs freiheit
            de | Mitgliedstaaten      | Mitglied staaten
            de | Grundschulunterricht | Grundschul unterricht
            de | Verbrechen           | Verbrechen
            de | Menschheit           | Menschheit
            nl | mensenrechten        | mensen rechten
            en | Menschenrechte       | Menschenrechte
            fr | droitsdelhomme       | droitsdelhomme
            """)
    void aCompoundIsReadAsTheWordsItIsMadeOf(String language, String word, String parts) {
        Language of = Language.of(language);
        List<UnitIndex.Token> vocabulary = UnitIndex.tokens(ANALYZERS.exactForLanguage(of), "exact",
                WORDS + " mensen " + word);
        WordStems stems = WordStems.of(ANALYZERS, of, Language.of("en"));
        CompoundSplitter splitter = CompoundSplitter.of(of, List.of(vocabulary), stems::stem);
        String text = "Die " + word + ".";
        List<UnitIndex.Token> split = splitter.split(UnitIndex.tokens(ANALYZERS.exactForLanguage(of), "exact", text));
        assertThat(split.subList(1, split.size())).extracting(token -> token.span().of(text))
                .containsExactly(parts.split(" "));
    }
}
