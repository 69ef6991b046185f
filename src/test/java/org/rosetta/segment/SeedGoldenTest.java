package org.rosetta.segment;

import org.rosetta.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rosetta.eval.BoundaryScorer;
import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.ingest.Ingested;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentence goldens ({@code golden/segment/*.sentences}): the user's five statements against their hand-checked
 * sentence lists (the articles of each file, and every boundary in them), and the UDHR in en/fr/fa against an
 * independent splitter's cut.
 */
class SeedGoldenTest {

    private static BoundaryScorer.Result total = new BoundaryScorer.Result(0, 0, 0);

    @ParameterizedTest
    @ValueSource(strings = {"000_eaacebc16c8ebb38", "001_b4a32ab16e71db5c", "002_4b75e9aa8aa02317",
            "003_2aca9fb7b625ea4a", "004_bbb187bb632d98e7"})
    void sentencesMatchTheHandCheckedGold(String seed) throws Exception {
        Map<String, List<String>> gold = gold(seed);
        Ingested ingested = new FileIngester().ingest(TestData.CORPUS.resolve("statements/" + seed + ".en.txt"),
                seed + ".en.txt", Language.of("en"), DocumentFormat.TEXT);
        assertThat(ingested.documents()).extracting(Document::id).containsExactlyElementsOf(gold.keySet());
        for (Document document : ingested.documents()) {
            SegmentedDocument segmented = new IcuSentenceSegmenter().segment(document);
            List<String> sentences = new ArrayList<>();
            for (int s = 0; s < segmented.size(); s++) {
                sentences.add(segmented.text(s));
            }
            BoundaryScorer.Result result = BoundaryScorer.score(sentences, gold.get(document.id()));
            total = total.plus(result);
            assertThat(result.f1()).as(document.id()).isGreaterThanOrEqualTo(0.98);
            assertThat(sentences).as(document.id()).containsExactlyElementsOf(gold.get(document.id()));
        }
    }

    /** The UDHR as an independent splitter cut it for the alignment gold sets. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "fa"})
    void udhrSentencesMatchTheEvaluationSplit(String language) throws Exception {
        List<String> gold = goldFile("udhr." + language).get("udhr");
        SegmentedDocument segmented = org.rosetta.TestData.segmentedUdhr(language);
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < segmented.size(); s++) {
            sentences.add(segmented.text(s));
        }
        BoundaryScorer.Result result = BoundaryScorer.score(sentences, gold);
        assertThat(result.f1()).isEqualTo(1.0);
        assertThat(sentences).containsExactlyElementsOf(gold);
    }

    @AfterAll
    static void report() {
        System.out.printf("seed statements: %d boundaries, precision %.4f, recall %.4f, F1 %.4f%n", total.gold(),
                total.precision(), total.recall(), total.f1());
    }

    private static Map<String, List<String>> gold(String seed) throws Exception {
        return goldFile(seed + ".en");
    }

    private static Map<String, List<String>> goldFile(String name) throws Exception {
        return org.rosetta.TestData.sentenceGold(Path.of(SeedGoldenTest.class.getResource(
                "/golden/segment/" + name + ".sentences").toURI()));
    }
}
