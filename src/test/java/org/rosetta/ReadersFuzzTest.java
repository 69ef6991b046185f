package org.rosetta;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.rosetta.exchange.TableFormat;
import org.rosetta.exchange.TableReader;
import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.RosettaException;
import org.rosetta.segment.IcuSentenceSegmenter;
import org.rosetta.segment.SrxRules;
import org.rosetta.segment.SrxSegmenter;
import org.rosetta.tmx.TmxReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every reader on arbitrary bytes: it reads them or refuses them with a {@link RosettaException} naming the file;
 * anything else thrown (a NullPointerException, an index out of bounds, a stack overflow) is a finding. Without
 * {@code JAZZER_FUZZ=1} these run once over their saved inputs (the seeds and every finding, under
 * {@code src/test/resources/org/rosetta/ReadersFuzzTestInputs/}); with it, Jazzer fuzzes (see README). Jazzer's
 * regular-expression-injection hook is off ({@code junit-platform.properties}): SRX rules are regular expressions
 * by definition, and no other reader compiles one from its input.
 */
class ReadersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void tmxReader(byte[] bytes) throws IOException {
        refusedCleanly(file(bytes, "unit.tmx"), path -> TmxReader.readTranslationUnits(path, unit -> { }));
    }

    @FuzzTest(maxDuration = "60s")
    void htmlIngestionAndSegmentation(byte[] bytes) throws IOException {
        refusedCleanly(file(bytes, "page.fa.html"), path -> segmentAll(path, Language.of("fa"), DocumentFormat.HTML));
    }

    @FuzzTest(maxDuration = "60s")
    void textIngestionAndSegmentation(FuzzedDataProvider data) throws IOException {
        String language = data.pickValue(new String[] {"en", "fr", "de", "fa", "ar", "zh"});
        refusedCleanly(file(data.consumeRemainingAsBytes(), "note." + language + ".txt"),
                path -> segmentAll(path, Language.of(language), DocumentFormat.TEXT));
    }

    @FuzzTest(maxDuration = "60s")
    void tableImport(FuzzedDataProvider data) throws IOException {
        TableFormat format = data.consumeBoolean() ? TableFormat.CSV : TableFormat.TSV;
        refusedCleanly(file(data.consumeRemainingAsBytes(), "table." + format.name().toLowerCase()),
                path -> new TableReader().read(path, format, "fuzz", unit -> { }));
    }

    @FuzzTest(maxDuration = "60s")
    void srxRules(byte[] bytes) throws IOException {
        refusedCleanly(file(bytes, "rules.srx"), path -> {
            SrxRules rules = SrxRules.read(path);
            Document document = new FileIngester().ingest(TestData.CORPUS.resolve("statements/000_eaacebc16c8ebb38.en.txt"),
                    "s", Language.of("en"), DocumentFormat.TEXT).document();
            new SrxSegmenter(rules).segment(document);
        });
    }

    private static void segmentAll(Path path, Language language, DocumentFormat format) {
        for (Document document : new FileIngester().ingest(path, "fuzz", language, format).documents()) {
            new IcuSentenceSegmenter().segment(document);
        }
    }

    private interface Reading {
        void read(Path file);
    }

    private static void refusedCleanly(Path file, Reading reading) throws IOException {
        try {
            reading.read(file);
        } catch (RosettaException | UncheckedIOException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("refused without a message", refused);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    private static Path file(byte[] bytes, String name) throws IOException {
        Path file = Files.createTempDirectory("fuzz").resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
