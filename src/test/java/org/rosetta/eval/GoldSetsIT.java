package org.rosetta.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rosetta.align.SignalAligner;
import org.rosetta.model.Bead;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The aligner on the gold sets of {@code shared/eval} (beside the clone, as in CI), against the targets of the
 * alignment issue: a regression guard, not a tuning loop (the figures per set are in the issue notes).
 */
class GoldSetsIT {

    static Map<String, SetResult> results;

    @BeforeAll
    static void evaluate() {
        assumeTrue(Files.isDirectory(ReferenceScorerIT.SHARED.resolve("eval")), "shared/eval is not beside this clone");
        Evaluator evaluator = new Evaluator(new SignalAligner());
        // as eval aligns them: the sets of one folder together
        results = Evaluator.byFolder(new GoldSetReader().read(ReferenceScorerIT.SHARED.resolve("eval"))).values()
                .stream().flatMap(group -> evaluator.evaluateAll(group).stream())
                .collect(Collectors.toMap(r -> r.set().name(), Function.identity()));
    }

    @Test
    void textBergAndParIceMeetTheirStrictTargets() {
        // 0.812 was once reported for Text+Berg: one lucky seed of a random near-miss sample (8 seeds gave
        // 0.786-0.812); the evidence model now uses every near miss, deterministically (0.841 measured).
        assertThat(results.get("textberg-dev").scores().f1Strict()).isGreaterThanOrEqualTo(0.83);
        assertThat(results.get("parice-en-is").scores().f1Strict()).isGreaterThanOrEqualTo(0.875);
    }

    @Test
    void shortNoisyStatementsAlignAboveHunalignInEveryPair() {
        Map<String, Double> hunalign = Map.of("de-fr", 0.864, "en-ar", 0.806, "en-de", 0.902, "en-es", 0.893,
                "en-fa", 0.815, "en-fr", 0.909, "en-ru", 0.915, "fa-ar", 0.834, "fr-fa", 0.793);
        hunalign.forEach((pair, figure) -> assertThat(results.get("short-udhr/" + pair).scores().f1Strict())
                .as(pair).isGreaterThan(figure));
        SetResult pooled = Evaluator.pool("short-udhr", results.values().stream()
                .filter(r -> r.set().name().startsWith("short-udhr/")).toList());
        assertThat(pooled.set().documents()).hasSize(135);
        assertThat(pooled.scores().f1Strict()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void confidenceAtOrAbove90PercentIsRightAtLeast95PercentOfTheTime() {
        for (String set : List.of("parice-en-is")) {
            assertThat(results.get(set).calibration().confidentPrecision()).as(set).isGreaterThanOrEqualTo(0.95);
            assertThat(results.get(set).calibration().expectedError()).as(set).isLessThanOrEqualTo(0.05);
        }
        SetResult pooled = Evaluator.pool("short-udhr", results.values().stream()
                .filter(r -> r.set().name().startsWith("short-udhr/")).toList());
        assertThat(pooled.calibration().confidentPrecision()).isGreaterThanOrEqualTo(0.95);
        assertThat(pooled.calibration().expectedError()).isLessThanOrEqualTo(0.05);
        // every pair on its own too, since an omission counts its paths in every order with the other side's
        // omissions beside it (0.043-0.081 before, 0.009-0.056 measured)
        results.values().stream().filter(r -> r.set().name().startsWith("short-udhr/")).forEach(r ->
                assertThat(r.calibration().expectedError()).as(r.set().name()).isLessThanOrEqualTo(0.06));
        // Text+Berg: precision at 0.9 holds since merges of clean one-to-one pairs lost their mass (0.946 before,
        // 0.960, 0.961, now 0.971 measured); its calibration error is still above target (0.104, then 0.078, 0.066,
        // 0.065; 0.075 when the later passes came to search as wide a band as the first: three beads they now place
        // over the right sentences, confident, are parts of the gold's larger beads, wrong under strict scoring;
        // 0.071 with the posteriors summed 8 sentences either side of the path, 0.074 with dates and cardinals as
        // anchors, 0.060 with Roman numerals too)
        SetResult textBerg = results.get("textberg-dev");
        assertThat(textBerg.calibration().confidentPrecision()).isGreaterThanOrEqualTo(0.95);
        assertThat(textBerg.calibration().expectedError()).isLessThanOrEqualTo(0.065);
    }

    @Test
    void udhrIsPerfectUnderLaxScoringAndNoBeadCrossesAParagraph() {
        for (String pair : List.of("en-fr", "en-fa", "fr-fa", "en-es")) {
            SetResult result = results.get("udhr/" + pair);
            assertThat(result.scores().f1Lax()).as(pair).isEqualTo(1.0);
            GoldDocument document = result.set().documents().getFirst();
            for (Bead bead : result.alignments().getFirst()) {
                assertThat(paragraphs(document.source(), bead.sourceStart(), bead.sourceEnd())).as("%s %s", pair, bead)
                        .isLessThanOrEqualTo(1);
                assertThat(paragraphs(document.target(), bead.targetStart(), bead.targetEnd())).as("%s %s", pair, bead)
                        .isLessThanOrEqualTo(1);
            }
        }
    }

    private static long paragraphs(SegmentedDocument document, int from, int to) {
        return document.segments().subList(from, to).stream().map(Segment::block).distinct().count();
    }
}
