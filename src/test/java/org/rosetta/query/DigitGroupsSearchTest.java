package org.rosetta.query;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.index.DigitGroups;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.index.UnitIndexWriter;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number is found however its digit groups are written, in the query and in the text: "30,000" in English,
 * "30 000" in French, "30.000" in German and "۳۰٬۰۰۰" in Persian are one number (found by an exploratory test:
 * "30,000" found the English alone, "30000" nothing). A year and a count side by side, or a date, stay apart.
 */
class DigitGroupsSearchTest {

    @TempDir
    static Path folder;

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            30000      |    | c-1
            30,000     |    | c-1
            "30 000"   |    | c-1
            30.000     |    | c-1
            ۳۰٬۰۰۰     |    | c-1
            30000      | fr | c-1
            30,000     | de | c-1
            ۳۰۰۰۰      | fa | c-1
            30000      | en | c-1
            2019       |    | c-2
            200        |    | c-2
            2019200    |    |
            21.09.2021 | de | c-1
            """)
    void aNumberIsFoundHoweverItsGroupsAreWritten(String query, String language, String found) throws Exception {
        SequencedMap<Language, String> statement = new LinkedHashMap<>();
        statement.put(Language.of("en"), "More than 30,000 prisoners were executed.");
        statement.put(Language.of("fr"), "Plus de 30\u00A0000 prisonniers ont été exécutés.");
        statement.put(Language.of("de"), "Mehr als 30.000 Gefangene wurden am 21.09.2021 erwähnt.");
        statement.put(Language.of("fa"), "بیش از ۳۰٬۰۰۰ زندانی اعدام شدند.");
        SequencedMap<Language, String> other = new LinkedHashMap<>();
        other.put(Language.of("en"), "In 2019 200 people came.");
        Path index = folder.resolve(Integer.toString((query + language).hashCode()));
        new UnitIndexWriter(new LanguageAnalyzers()).writeAtomically(index, "c", "test", List.of(
                new TranslationUnit("c-1", "c", "d", statement, "1-1-1-1", 1.0),
                new TranslationUnit("c-2", "c", "d", other, "1", 1.0)));
        try (UnitIndex opened = UnitIndex.open(index)) {
            List<Hit> hits = new UnitSearcher(opened).search(new SearchRequest(query,
                    Optional.ofNullable(language).map(Language::of), 0, 10));
            assertThat(hits).extracting(hit -> hit.unit().id())
                    .containsExactlyElementsOf(found == null ? List.of() : List.of(found));
            // the number is marked as written
            hits.forEach(hit -> assertThat(hit.highlights()).isNotEmpty());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30,000 prisoners        | 30000 prisoners
            1,000,000 euros         | 1000000 euros
            ۳۰٬۰۰۰ زندانی           | ۳۰۰۰۰ زندانی
            5 millions, 30 000 et 2 | 5 millions, 30000 et 2
            in 2019 200 people      | in 2019 200 people
            on 21.09.2021           | on 21.09.2021
            1,5 million             | 1,5 million
            12.5 percent            | 12.5 percent
            """)
    void separatorsBetweenDigitGroupsAreTakenOut(String text, String joined) {
        assertThat(DigitGroups.joined(text)).isEqualTo(joined);
    }
}
