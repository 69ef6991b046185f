package org.rosetta.segment;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases real statements broke, per language, read as plain text the way {@code build} reads it. In the table
 * {@code ~} is a line break of the file and {@code #} separates the expected sentences.
 */
class StatementSegmentationTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            de | Zum 29. Jahrestag der Revolution kamen viele Menschen. | Zum 29. Jahrestag der Revolution kamen viele Menschen.
            de | Am 3. Oktober 2020 wurde gefeiert. Dann ging es weiter. | Am 3. Oktober 2020 wurde gefeiert. # Dann ging es weiter.
            da | Den 5. maj var der møde. Alle kom. | Den 5. maj var der møde. # Alle kom.
            en | 54. During the reporting period, 31 people were arrested. | 54. During the reporting period, 31 people were arrested.
            en | The report was adopted.~31. The court refused the appeal. | The report was adopted. # 31. The court refused the appeal.
            en | They were arrested in 2016. Then they were released. | They were arrested in 2016. # Then they were released.
            fr | 12. Le tribunal a rejeté le recours. 13. La défense a fait appel. | 12. Le tribunal a rejeté le recours. # 13. La défense a fait appel.
            fr | Les prix ont augmenté d'un quart. Le gouvernement a réagi. | Les prix ont augmenté d'un quart. # Le gouvernement a réagi.
            fr | jeudi 14 septembre 2017~La bibliothèque rouvre ses portes | jeudi 14 septembre 2017 # La bibliothèque rouvre ses portes
            en | Hearings:~• 9/3/2016: the first hearing~• 12/3/2016: the second hearing | Hearings: # 9/3/2016: the first hearing # 12/3/2016: the second hearing
            it | Il 25 aprile è festa. Tutti a casa. | Il 25 aprile è festa. # Tutti a casa.
            """)
    void splitsAsTheStatementIsWritten(String language, String text, String expected) throws Exception {
        Path file = folder.resolve("statement." + language + ".txt");
        Files.writeString(file, text.replace("~", "\n"));
        SegmentedDocument document = new IcuSentenceSegmenter().segment(new FileIngester().ingest(file, "statement",
                Language.of(language), DocumentFormat.TEXT).document());
        List<String> sentences = IntStream.range(0, document.size()).mapToObj(document::text).toList();
        assertThat(sentences).containsExactly(expected.split(" # "));
    }
}
