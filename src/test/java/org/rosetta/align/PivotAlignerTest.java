package org.rosetta.align;

import org.junit.jupiter.api.Test;
import org.rosetta.TestData;
import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.Language;
import org.rosetta.model.MultiAlignment;
import org.rosetta.model.MultiBead;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PivotAlignerTest {

    @Test
    void udhrInEightLanguagesCoversEverySentenceOfEveryVersionInOrder() {
        SegmentedDocument english = TestData.segmentedUdhr("en");
        List<SegmentedDocument> others = List.of("ar", "de", "es", "fa", "fr", "ru", "zh").stream()
                .map(TestData::segmentedUdhr).toList();
        MultiAlignment alignment = new PivotAligner(new SignalAligner()).align(english, others);

        assertThat(alignment.documents()).extracting(SegmentedDocument::language).first().isEqualTo(Language.of("en"));
        for (SegmentedDocument version : alignment.documents()) {
            int next = 0;
            for (MultiBead bead : alignment.beads()) {
                Span range = bead.sentences().get(version.language());
                assertThat(range.start()).as("%s", version.language()).isEqualTo(next);
                next = range.end();
            }
            assertThat(next).as("%s", version.language()).isEqualTo(version.size());
        }
        long allEight = alignment.beads().stream()
                .filter(b -> b.sentences().values().stream().allMatch(r -> r.length() > 0)).count();
        assertThat(allEight).isGreaterThan(alignment.beads().size() * 9L / 10);
    }

    /**
     * Two lines a version adds at one place that its own alignment keeps apart (a breadcrumb and a date line, or a
     * line a person unlinked and the next) are two units, each with its own bead's confidence, as the pairwise
     * alignment has them: they were one unit, so an unlinked line lost its own unit and its 'corrected' status.
     */
    @Test
    void linesAVersionAddsAtOnePlaceAreTheUnitsItsOwnAlignmentMakes() {
        SegmentedDocument english = TestData.segmentedUdhr("en");
        SegmentedDocument french = TestData.segmentedUdhr("fr");
        Alignment pair = new Alignment(english, french, List.of(new Bead(0, 0, 0, 1, 0.9), new Bead(0, 0, 1, 2, 0.7),
                new Bead(0, 1, 2, 3, 0.95), new Bead(1, english.size(), 3, french.size(), 0.5)));

        MultiAlignment merged = PivotAligner.merge(english, List.of(pair));

        Language en = Language.of("en");
        Language fr = Language.of("fr");
        assertThat(merged.beads()).extracting(b -> b.sentences().get(en), b -> b.sentences().get(fr),
                MultiBead::confidence).startsWith(
                org.assertj.core.groups.Tuple.tuple(new Span(0, 0), new Span(0, 1), 0.9),
                org.assertj.core.groups.Tuple.tuple(new Span(0, 0), new Span(1, 2), 0.7),
                org.assertj.core.groups.Tuple.tuple(new Span(0, 1), new Span(2, 3), 0.95));
    }
}
