package org.rosetta.align;

import org.junit.jupiter.api.Test;
import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.model.Alignment;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.segment.IcuSentenceSegmenter;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a pair falls back on: its own language pair's siblings for word evidence, every pair of the collection for
 * bead shapes and numbers.
 */
class BackgroundTest {

    private static final Path CASES = Path.of("src/test/resources/golden/align");
    private static final List<String> NAMES = List.of("dateline-press-release", "trailing-share", "page-cut",
            "missing-paragraph", "split-headline", "caption-between");

    @Test
    void aPairAloneInItsLanguagesTakesItsShapePriorsFromTheOtherLanguagePairs() {
        List<DocumentPair> englishFrench = NAMES.stream().map(name -> new DocumentPair(
                read(CASES.resolve(name), "en"), read(CASES.resolve(name), "fr"))).toList();
        List<Background.Statistics> statistics = englishFrench.stream().map(BackgroundTest::statistics).toList();

        Background alone = Background.pool(List.of(), List.of());
        Background inCollection = Background.pool(List.of(), statistics);

        // the statements leave out a date line, a share block, a paragraph, a caption: far more often than the
        // parliamentary debates Gale and Church counted, which a collection learns from its pairs
        double parliament = Priors.galeChurch().cost(BeadShape.ONE_ZERO);
        assertThat(inCollection.priors().cost(BeadShape.ONE_ZERO)).isLessThan(parliament - 1);
        assertThat(inCollection.priors().cost(BeadShape.ZERO_ONE)).isLessThan(parliament - 1);
        // and a pair with nothing to learn from takes a web statement's share of one-sided beads
        assertThat(alone.priors().cost(BeadShape.ONE_ZERO)).isEqualTo(Priors.statements().cost(BeadShape.ONE_ZERO))
                .isLessThan(parliament - 1);
    }

    @Test
    void aStatementsOneSidedBeadsAreTheirShareAndTheRestKeepGaleAndChurchsProportions() {
        Priors statements = Priors.statements();
        double oneSided = 0;
        double total = 0;
        for (BeadShape shape : BeadShape.values()) {
            double probability = Math.exp(-statements.cost(shape));
            total += probability;
            oneSided += shape.isNull() ? probability : 0;
        }
        assertThat(total).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(oneSided).isCloseTo(Priors.STATEMENT_ONE_SIDED, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(statements.cost(BeadShape.TWO_ONE) - statements.cost(BeadShape.ONE_ONE)).isCloseTo(
                Priors.galeChurch().cost(BeadShape.TWO_ONE) - Priors.galeChurch().cost(BeadShape.ONE_ONE),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void numbersCountFromEveryLanguagePairAndWordsOnlyFromThePairsOwn() {
        List<Background.Statistics> statistics = NAMES.stream().map(name -> statistics(new DocumentPair(
                read(CASES.resolve(name), "en"), read(CASES.resolve(name), "fr")))).toList();
        double anchors = statistics.stream().mapToDouble(s -> sum(s.evidence().get(Signal.ANCHORS).right())).sum();
        double cognates = statistics.stream().mapToDouble(s -> sum(s.evidence().get(Signal.COGNATES).right())).sum();
        assertThat(anchors).isPositive();
        assertThat(cognates).isPositive();

        Background otherLanguages = Background.pool(List.of(), statistics);
        assertThat(sum(otherLanguages.evidence(Signal.ANCHORS).right())).isEqualTo(anchors);
        assertThat(sum(otherLanguages.evidence(Signal.COGNATES).right())).isZero();

        Background ownLanguages = Background.pool(statistics, List.of());
        assertThat(sum(ownLanguages.evidence(Signal.COGNATES).right())).isEqualTo(cognates);
        assertThat(sum(ownLanguages.evidence(Signal.ANCHORS).right())).isZero();
    }

    private static double sum(double[] counts) {
        return java.util.Arrays.stream(counts).sum();
    }

    /** A pair's statistics as the aligner's first pass gathers them, from its final alignment. */
    private static Background.Statistics statistics(DocumentPair pair) {
        Alignment alignment = new SignalAligner().align(pair.source(), pair.target());
        SentenceKeys keys = SentenceKeys.of(pair.source(), pair.target(), AlignerSettings.defaults(), Lexicon.empty());
        java.util.Map<Signal, EvidenceModel.Counts> evidence = new java.util.EnumMap<>(Signal.class);
        for (Signal channel : List.of(Signal.ANCHORS, Signal.COGNATES)) {
            evidence.put(channel, EvidenceModel.count(alignment, new LexicalEvidence(keys, channel)));
        }
        return new Background.Statistics(SignalAligner.shapeCounts(alignment.beads()), evidence);
    }

    private static SegmentedDocument read(Path folder, String language) {
        Path file = folder.resolve("statement." + language + ".txt");
        return new IcuSentenceSegmenter().segment(new FileIngester().ingest(file, "statement", Language.of(language),
                DocumentFormat.TEXT).document());
    }
}
