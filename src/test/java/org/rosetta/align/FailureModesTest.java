package org.rosetta.align;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rosetta.eval.BeadFormat;
import org.rosetta.eval.GoldBead;
import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.segment.IcuSentenceSegmenter;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each failure mode of short scraped statements (see {@code golden/align/README.md}) read, segmented and aligned
 * as {@code build} aligns a collection (all six statements together, so each learns from its siblings), against
 * its hand-made beads.
 */
class FailureModesTest {

    private static final Path CASES = Path.of("src/test/resources/golden/align");
    private static final List<String> NAMES = List.of("dateline-press-release", "trailing-share", "page-cut",
            "missing-paragraph", "split-headline", "caption-between");
    private static final List<Alignment> COLLECTION = new SignalAligner().alignAll(NAMES.stream()
            .map(name -> new DocumentPair(read(CASES.resolve(name), "en"), read(CASES.resolve(name), "fr")))
            .toList());

    @ParameterizedTest
    @ValueSource(strings = {"dateline-press-release", "trailing-share", "page-cut", "missing-paragraph",
            "split-headline", "caption-between"})
    void alignsAsATranslatorWould(String name) {
        Path folder = CASES.resolve(name);
        Alignment alignment = COLLECTION.get(NAMES.indexOf(name));
        List<String> beads = alignment.beads().stream().map(BeadFormat::of).map(GoldBead::format).toList();
        List<String> expected = BeadFormat.read(folder.resolve("expected.beads")).stream().map(GoldBead::format)
                .toList();
        assertThat(beads).as(name).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dateline-press-release", "trailing-share", "caption-between"})
    void oneSidedMaterialIsConfidentlyLeftOut(String name) {
        Alignment alignment = COLLECTION.get(NAMES.indexOf(name));
        for (Bead bead : alignment.beads()) {
            if (bead.sourceCount() == 0 || bead.targetCount() == 0) {
                assertThat(bead.confidence()).as("%s %s", name, bead).isGreaterThan(0.5);
            }
        }
    }

    private static SegmentedDocument read(Path folder, String language) {
        Path file = folder.resolve("statement." + language + ".txt");
        return new IcuSentenceSegmenter().segment(new FileIngester().ingest(file, "statement", Language.of(language),
                DocumentFormat.TEXT).document());
    }
}
