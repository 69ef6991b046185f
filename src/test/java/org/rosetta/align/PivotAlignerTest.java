package org.rosetta.align;

import org.junit.jupiter.api.Test;
import org.rosetta.TestData;
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
}
