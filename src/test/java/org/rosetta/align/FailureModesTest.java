package org.rosetta.align;

import org.junit.jupiter.api.Test;
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
            "missing-paragraph", "split-headline", "caption-between", "furniture-kinds", "sentence-per-line",
            "copyright-footer");
    private static final List<Alignment> COLLECTION = new SignalAligner().alignAll(NAMES.stream()
            .map(name -> new DocumentPair(read(CASES.resolve(name), "en"), read(CASES.resolve(name), "fr")))
            .toList());

    @ParameterizedTest
    @ValueSource(strings = {"dateline-press-release", "trailing-share", "page-cut", "missing-paragraph",
            "split-headline", "caption-between", "furniture-kinds", "sentence-per-line", "copyright-footer"})
    void alignsAsATranslatorWould(String name) {
        Path folder = CASES.resolve(name);
        Alignment alignment = COLLECTION.get(NAMES.indexOf(name));
        List<String> beads = alignment.beads().stream().map(BeadFormat::of).map(GoldBead::format).toList();
        List<String> expected = BeadFormat.read(folder.resolve("expected.beads")).stream().map(GoldBead::format)
                .toList();
        // two lines one page each leaves out at one place may be written in either order
        assertThat(beads).as(name).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dateline-press-release", "trailing-share", "caption-between", "furniture-kinds",
            "copyright-footer"})
    void oneSidedMaterialIsConfidentlyLeftOut(String name) {
        Alignment alignment = COLLECTION.get(NAMES.indexOf(name));
        for (Bead bead : alignment.beads()) {
            if (bead.sourceCount() == 0 || bead.targetCount() == 0) {
                assertThat(bead.confidence()).as("%s %s", name, bead).isGreaterThan(0.5);
            }
        }
    }

    /**
     * French and Persian, aligned as {@code build} aligns a collection of four statements cut from the UDHR (the
     * three siblings in {@code fr-fa-siblings}): the Persian page leaves out the first paragraph of an article and
     * carries a one-sided label. The ratio of Persian to French characters, taken from both pages' totals, was
     * skewed by the left-out paragraph, so every translated sentence looked too long and the sentences around the
     * gap were merged onto the wrong Persian ones.
     */
    @Test
    void aParagraphLeftOutOfTheTranslationDoesNotSkewTheLengthModel() {
        Path folder = CASES.resolve("missing-article-paragraph-fr-fa");
        Path siblings = CASES.resolve("fr-fa-siblings");
        List<DocumentPair> pairs = new java.util.ArrayList<>(List.of(new DocumentPair(read(folder, "fr"),
                read(folder, "fa"))));
        for (String name : List.of("a", "b", "c")) {
            pairs.add(new DocumentPair(readFile(siblings.resolve(name + ".fr.txt"), "fr"),
                    readFile(siblings.resolve(name + ".fa.txt"), "fa")));
        }
        Alignment alignment = new SignalAligner().alignAll(pairs).getFirst();
        assertThat(alignment.beads().stream().map(BeadFormat::of).map(GoldBead::format).toList())
                .containsExactlyElementsOf(BeadFormat.read(folder.resolve("expected.beads")).stream()
                        .map(GoldBead::format).toList());
    }

    /**
     * The same statements aligned alone, as {@code align} aligns two files: nothing to learn from but the pair
     * itself. The Persian page that leaves out a paragraph was aligned around the wrong sentences alone (its first
     * pass, lengths only, paired "Article 26" with the label بیانیه and left مادهٔ بیست و ششم out), since the number
     * 26 that both headings carry did not count until evidence was learnt from that same wrong pass; its anchors
     * now pin the first pass. The page cut mid-sentence merged the sentence after the cut one into it while a pair
     * alone fell back on Gale and Church's 1% of omissions, from parliamentary proceedings; it falls back on a web
     * statement's share of one-sided beads now.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dateline-press-release:en:fr", "trailing-share:en:fr", "missing-paragraph:en:fr",
            "split-headline:en:fr", "caption-between:en:fr", "missing-article-paragraph-fr-fa:fr:fa",
            "page-cut:en:fr", "furniture-kinds:en:fr"})
    void aLoneStatementAlignsAsATranslatorWould(String test) {
        String[] parts = test.split(":");
        Path folder = CASES.resolve(parts[0]);
        Alignment alignment = new SignalAligner().align(read(folder, parts[1]), read(folder, parts[2]));
        assertThat(alignment.beads().stream().map(BeadFormat::of).map(GoldBead::format).toList()).as(parts[0])
                .containsExactlyInAnyOrderElementsOf(BeadFormat.read(folder.resolve("expected.beads")).stream()
                        .map(GoldBead::format).toList());
    }

    /**
     * Two pages that each carry their own line at one place (a breadcrumb atop the English, "Communiqué de presse"
     * atop the French; a share line and a "Lire aussi" link at the foot) leave both out in either order, and each
     * order is a path of its own. A reviser marked the English lines alone; the French ones are then left out with
     * near certainty, where counting only the order the search wrote down gave each about one half.
     */
    @Test
    void twoLinesLeftOutAtOnePlaceAreEachCertainlyLeftOut() {
        Path folder = CASES.resolve("furniture-kinds");
        Constraints alone = Constraints.none().withAlone(Constraints.Side.SOURCE, 0)
                .flatMap(c -> c.withAlone(Constraints.Side.SOURCE, 7)).orElseThrow();
        Alignment alignment = new SignalAligner().alignAll(List.of(new DocumentPair(read(folder, "en"),
                read(folder, "fr"), alone))).getFirst();
        assertThat(alignment.beads().stream().map(BeadFormat::of).map(GoldBead::format).toList())
                .containsExactlyInAnyOrderElementsOf(BeadFormat.read(folder.resolve("expected.beads")).stream()
                        .map(GoldBead::format).toList());
        assertThat(alignment.beads().stream().filter(b -> b.sourceCount() == 0))
                .hasSize(2).allSatisfy(b -> assertThat(b.confidence()).as(b.toString()).isGreaterThan(0.95));
    }

    /** A person's word outranks an anchor: "Article 26" marked as having no counterpart stays alone. */
    @Test
    void aSentenceAPersonLeftAloneIsNotPinnedToItsAnchor() {
        Path folder = CASES.resolve("missing-article-paragraph-fr-fa");
        Constraints alone = Constraints.none().withAlone(Constraints.Side.SOURCE, 3).orElseThrow();
        Alignment alignment = new SignalAligner().alignAll(List.of(new DocumentPair(read(folder, "fr"),
                read(folder, "fa"), alone))).getFirst();
        assertThat(alignment.beads()).anyMatch(b -> b.sourceStart() == 3 && b.sourceCount() == 1
                && b.targetCount() == 0 && b.confidence() == 1.0);
    }

    private static SegmentedDocument read(Path folder, String language) {
        return readFile(folder.resolve("statement." + language + ".txt"), language);
    }

    private static SegmentedDocument readFile(Path file, String language) {
        return new IcuSentenceSegmenter().segment(new FileIngester().ingest(file, "statement", Language.of(language),
                DocumentFormat.TEXT).document());
    }
}
