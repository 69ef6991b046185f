package org.rosetta.qa;

import org.rosetta.align.LengthScorer;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link QaCheck#OMISSION} and {@link QaCheck#ADDITION}: a side without counterpart, and a unit whose target length
 * the aligner's own length model (Gale and Church, its ratio learnt from the pair's one-to-one units in the
 * collection) finds less likely than {@value #SURPRISE}: a sentence half translated, or one with something added.
 */
final class LengthCheck implements Checker {

    /** One unit in ten thousand of a faithful translation is this far off (-log of 1e-4). */
    static final double SURPRISE = 6.9;

    private final LengthScorer model;

    LengthCheck(List<UnitPair> pairs) {
        long source = 0;
        long target = 0;
        for (UnitPair pair : pairs) {
            if (pair.hasBoth() && pair.unit().beadType(pair.source(), pair.target()).equals("1-1")) {
                source += pair.sourceText().length();
                target += pair.targetText().length();
            }
        }
        model = new LengthScorer(source, target);
    }

    /**
     * When the aligner was not sure the sentence stands alone, the finding says so: its counterpart may be folded
     * into a neighbouring unit (a heading the translation runs into its next sentence), which the reviser checks.
     */
    private static String unsure(UnitPair pair) {
        double confidence = pair.unit().confidence();
        return confidence >= 0.9 ? "" : String.format(java.util.Locale.ROOT, " (the aligner is %.0f%% sure: it may"
                + " be folded into a neighbouring unit)", 100 * confidence);
    }

    @Override
    public List<Finding> check(UnitPair pair) {
        List<Finding> findings = new ArrayList<>();
        String source = pair.sourceText();
        String target = pair.targetText();
        if (!source.isEmpty() && target.isEmpty()) {
            findings.add(Finding.of(QaCheck.OMISSION, pair, "no " + pair.target() + " counterpart" + unsure(pair),
                    Optional.of(new Span(0, source.length())), Optional.empty()));
        } else if (source.isEmpty() && !target.isEmpty()) {
            findings.add(Finding.of(QaCheck.ADDITION, pair, "no " + pair.source() + " counterpart" + unsure(pair),
                    Optional.empty(), Optional.of(new Span(0, target.length()))));
        } else if (pair.hasBoth() && model.cost(source.length(), target.length()) > SURPRISE) {
            boolean shorter = target.length() < model.ratio() * source.length();
            findings.add(Finding.of(shorter ? QaCheck.OMISSION : QaCheck.ADDITION, pair, String.format(
                    java.util.Locale.ROOT, "%s is %s than the length model expects (%d characters for %d, ratio %.2f)",
                    pair.target(), shorter ? "much shorter" : "much longer", target.length(), source.length(),
                    model.ratio()), Optional.empty(), Optional.empty()));
        }
        return findings;
    }
}
