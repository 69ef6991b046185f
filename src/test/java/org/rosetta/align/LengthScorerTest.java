package org.rosetta.align;

import org.junit.jupiter.api.Test;
import org.rosetta.TestData;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The length model's variance learnt from translations: the shipped UDHR's French follows the English far more
 * closely than Gale and Church's corpus, its Persian less so, and a collection of a few units keeps close to Gale
 * and Church's figure.
 */
class LengthScorerTest {

    /**
     * Two texts further apart in length than any translation (a five-megabyte line against a sentence of 24
     * characters) are not read as each other's translation because their totals say so: the ratio stays within
     * ten to one, and the one sentence each side is left out rather than paired at confidence 1.
     */
    @Test
    void aRatioNoTranslationHasIsNotLearntFromTheTexts() {
        assertThat(new LengthScorer(24, 5_000_000).ratio()).isEqualTo(LengthScorer.MAX_RATIO);
        assertThat(new LengthScorer(5_000_000, 24).ratio()).isEqualTo(1 / LengthScorer.MAX_RATIO);
        assertThat(new LengthScorer(1000, 320).ratio()).isEqualTo(0.32); // Chinese for English: as written
        String huge = "river stone light house water green ".repeat(20_000);
        org.rosetta.model.Alignment aligned = new SignalAligner().align(SignalAlignerTest.paragraphs("en",
                new String[] {huge}, -1), SignalAlignerTest.paragraphs("fr", new String[] {"Une seule phrase."}, -1));
        assertThat(aligned.beads()).extracting(b -> b.sourceCount() + "-" + b.targetCount())
                .containsExactlyInAnyOrder("1-0", "0-1");
    }

    @Test
    void aCarefulTranslationVariesLessThanGaleAndChurchsCorpus() {
        LengthScorer french = LengthScorer.estimate(lengths("fr"), 20);
        LengthScorer persian = LengthScorer.estimate(lengths("fa"), 20);
        assertThat(french.variance()).isLessThan(LengthScorer.VARIANCE / 2);
        assertThat(persian.variance()).isGreaterThan(french.variance()).isLessThan(LengthScorer.VARIANCE);
        assertThat(LengthScorer.estimate(lengths("fr").subList(0, 2), 20).variance())
                .isGreaterThan(LengthScorer.VARIANCE * 0.85);
    }

    @Test
    void aThirdLeftOutIsUnlikelyOnlyWhereTranslationsAreClose() {
        LengthScorer plain = new LengthScorer(1000, 1100);
        LengthScorer close = LengthScorer.estimate(lengths("fr"), 20);
        int source = 300;
        int third = (int) (close.ratio() * source * 2 / 3);
        assertThat(close.cost(source, third)).isGreaterThan(4.6);
        assertThat(plain.cost(source, (int) (plain.ratio() * source * 2 / 3))).isLessThan(4.6);
        assertThat(close.cost(source, (int) (close.ratio() * source))).isLessThan(0.1);
    }

    private static List<int[]> lengths(String language) {
        List<int[]> lengths = new ArrayList<>();
        for (TranslationUnit unit : TestData.udhrUnits(language)) {
            String en = unit.text(Language.of("en"));
            String other = unit.text(Language.of(language));
            if (en != null && other != null && unit.beadType().equals("1-1")) {
                lengths.add(new int[] {en.length(), other.length()});
            }
        }
        return lengths;
    }
}
