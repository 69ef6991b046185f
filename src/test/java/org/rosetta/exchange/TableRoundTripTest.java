package org.rosetta.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.model.InputException;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.tmx.TmxWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableRoundTripTest {

    private static final List<Language> LANGUAGES = List.of(Language.of("en"), Language.of("fr"), Language.of("fa"));

    @TempDir
    Path folder;

    /** Property: read(write(units)) has the same texts per language, whatever the cells hold. */
    @ParameterizedTest
    @CsvSource({"CSV, 1", "CSV, 2", "TSV, 3", "TSV, 4"})
    void unitsSurviveASpreadsheetRoundTrip(TableFormat format, long seed) {
        Random random = new Random(seed);
        String alphabet = "ab ,;\t\"'\n=+-@ی\u200cé";
        List<TranslationUnit> units = new ArrayList<>();
        for (int u = 0; u < 200; u++) {
            SequencedMap<Language, String> variants = new LinkedHashMap<>();
            for (Language language : LANGUAGES) {
                if (random.nextInt(5) > 0) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 1 + random.nextInt(20); i > 0; i--) {
                        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    variants.put(language, text.toString());
                }
            }
            if (!variants.isEmpty()) {
                units.add(new TranslationUnit("u-" + u, "c", "doc-" + (u / 50), variants, "",
                        Math.round(random.nextDouble() * 1_000) / 1_000.0));
            }
        }
        Path tmx = folder.resolve("c.tmx");
        TmxWriter.writeTranslationUnits(tmx, Language.of("en"), "c", units);
        Path table = folder.resolve("c." + format.name().toLowerCase());
        ExportReport report = new TableWriter().export(tmx, TableExport.of(LANGUAGES), format, table);
        assertThat(report.written()).isEqualTo(units.size());

        List<TranslationUnit> read = new ArrayList<>();
        new TableReader().read(table, format, "c", read::add);
        assertThat(read).hasSameSizeAs(units);
        for (int i = 0; i < units.size(); i++) {
            assertThat(read.get(i).variants()).as("seed %d unit %d", seed, i).isEqualTo(units.get(i).variants());
            assertThat(read.get(i).document()).isEqualTo(units.get(i).document());
            assertThat(read.get(i).confidence()).isEqualTo(units.get(i).confidence());
        }
    }

    @Test
    void anExportStartsWithTheUnitColumnsThenTheLanguages() throws Exception {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        variants.put(Language.of("en"), "Article 1");
        variants.put(Language.of("fa"), "مادهٔ ۱");
        Path tmx = folder.resolve("c.tmx");
        TmxWriter.writeTranslationUnits(tmx, Language.of("en"), "c",
                List.of(new TranslationUnit("c-1", "c", "udhr", variants, "1-1", 0.93)));
        Path table = folder.resolve("c.csv");
        new TableWriter().export(tmx, TableExport.of(List.of()), TableFormat.CSV, table);
        assertThat(Files.readAllLines(table)).containsExactly("tuid,document,bead,confidence,status,en,fa",
                "c-1,udhr,1-1,0.930,aligned,Article 1,مادهٔ ۱");
    }

    /** {@code id} is Indonesian, never a column of units. */
    @Test
    void indonesianIsALanguageColumn() throws Exception {
        List<TranslationUnit> read = readCsv("en-id.csv", "en,id\nWater,Air\n");
        assertThat(read).singleElement().satisfies(u -> assertThat(u.text(Language.of("id"))).isEqualTo("Air"));
    }

    /** What Excel writes in a French or German locale: a byte-order mark, semicolons, CRLF. */
    @Test
    void aSemicolonCsvWithAByteOrderMarkIsRead() throws Exception {
        List<TranslationUnit> read = readCsv("excel.csv",
                "\uFEFFen;fr\r\n\"Hello, world\";Bonjour, le monde\r\nWater;Eau\r\n");
        assertThat(read).extracting(u -> u.text(Language.of("en")), u -> u.text(Language.of("fr")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hello, world", "Bonjour, le monde"),
                        org.assertj.core.groups.Tuple.tuple("Water", "Eau"));
    }

    @Test
    void textThatIsNotUtf8IsAnErrorNamingTheFile() throws Exception {
        Path table = folder.resolve("latin1.csv");
        Files.write(table, "en;fr\nWater;Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new TableReader().read(table, TableFormat.CSV, "c", u -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage(table + ": not UTF-8 text (in Excel, save as 'CSV UTF-8')");
    }

    @Test
    void aQuoteLeftOpenIsAnErrorNamingFileAndLine() throws Exception {
        Path table = folder.resolve("open.csv");
        Files.writeString(table, "en,fr\n\"unterminated,foo\n");
        assertThatThrownBy(() -> new TableReader().read(table, TableFormat.CSV, "c", u -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage(table + ":2: EOF reached before encapsulated token finished");
    }

    @Test
    void aHeaderCellThatIsNotALanguageIsAnErrorNamingFileAndLine() throws Exception {
        Path table = folder.resolve("bad.csv");
        Files.writeString(table, "en,French\nHello,Bonjour\n");
        assertThatThrownBy(() -> new TableReader().read(table, TableFormat.CSV, "c", u -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(table + ":1: header cell 'French' is not a language tag");
    }

    /** The units of a CSV file written with {@code content}, collection "c". */
    private List<TranslationUnit> readCsv(String name, String content) throws Exception {
        Path table = folder.resolve(name);
        Files.writeString(table, content);
        List<TranslationUnit> read = new ArrayList<>();
        new TableReader().read(table, TableFormat.CSV, "c", read::add);
        return read;
    }
}
