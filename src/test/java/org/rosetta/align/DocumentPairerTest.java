package org.rosetta.align;

import org.junit.jupiter.api.Test;
import org.rosetta.TestData;
import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.segment.IcuSentenceSegmenter;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentPairerTest {

    @Test
    void pairsTheTranslationAndLeavesTheUnrelatedStatementOut() {
        SegmentedDocument statement = new IcuSentenceSegmenter().segment(new FileIngester().ingest(
                TestData.CORPUS.resolve("statements/000_eaacebc16c8ebb38.en.txt"), "statement", Language.of("en"),
                DocumentFormat.TEXT).document());
        SegmentedDocument english = TestData.segmentedUdhr("en");
        List<DocumentPairer.Proposal> pairs = new DocumentPairer().pair(List.of(statement, english),
                List.of(TestData.segmentedUdhr("fa"), TestData.segmentedUdhr("ru")));
        assertThat(pairs).isNotEmpty();
        DocumentPairer.Proposal best = pairs.getFirst();
        assertThat(best.source()).isSameAs(english);
        assertThat(pairs).allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));
        assertThat(pairs).noneMatch(p -> p.source() == statement && p.score() > best.score() / 2);
    }
}
