package org.rosetta.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rosetta.align.SignalAligner;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aligner on {@code dev/free-statements}: sixteen short statements in eight language pairs, written for the
 * project with free translations (merged and split sentences, reworded quotes) and one-sided page furniture of
 * every kind (breadcrumbs, labels, share lines, links, captions, contacts, date lines written otherwise). A
 * regression guard on text unlike the UDHR, aligned as {@code eval} aligns it, the sets of the folder together.
 */
class FreeStatementsTest {

    private static SetResult pooled;

    @BeforeAll
    static void evaluate() {
        List<GoldSet> sets = new GoldSetReader().read(Path.of("src/test/resources/dev/free-statements"));
        List<SetResult> results = new Evaluator(new SignalAligner()).evaluateAll(sets);
        pooled = Evaluator.pool("free-statements", results);
    }

    /** A breadcrumb on one page and a "Press release" label on the other are no translation of each other. */
    @Test
    void furnitureOfDifferentKindsIsNotPairedOftenEnoughToCost() {
        assertThat(pooled.set().documents()).hasSize(16);
        // 0.896 while every kind of furniture could pair with any other, 0.931 while two kinds paired at a cost
        assertThat(pooled.scores().f1Strict()).isGreaterThanOrEqualTo(0.935);
        assertThat(pooled.scores().f1Lax()).isGreaterThanOrEqualTo(0.975);
    }

    /** An omission's probability counts its paths in every order with the other side's omissions beside it. */
    @Test
    void confidenceMeansWhatItSays() {
        assertThat(pooled.calibration().confidentPrecision()).isGreaterThanOrEqualTo(0.95);
        // 0.142 when a line left out beside a line the other page leaves out was given about one half
        assertThat(pooled.calibration().expectedError()).isLessThanOrEqualTo(0.06);
    }
}
