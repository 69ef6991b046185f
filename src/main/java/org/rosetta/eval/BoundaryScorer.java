package org.rosetta.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Precision, recall and F1 of sentence boundaries: a boundary is the position, counted in non-space characters,
 * where one sentence ends and the next begins, so white space and joins between sentences do not matter. Both
 * lists must hold the same text. Stateless.
 */
public final class BoundaryScorer {

    /** Boundary counts and scores. */
    public record Result(int predicted, int gold, int correct) {

        public double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Result plus(Result other) {
            return new Result(predicted + other.predicted, gold + other.gold, correct + other.correct);
        }
    }

    public static Result score(List<String> predicted, List<String> gold) {
        String predictedText = String.join("", predicted).replaceAll("\\s+", "");
        String goldText = String.join("", gold).replaceAll("\\s+", "");
        if (!predictedText.equals(goldText)) {
            throw new IllegalArgumentException("the two segmentations are not of the same text");
        }
        Set<Integer> predictedBoundaries = boundaries(predicted);
        Set<Integer> goldBoundaries = boundaries(gold);
        Set<Integer> correct = new HashSet<>(predictedBoundaries);
        correct.retainAll(goldBoundaries);
        return new Result(predictedBoundaries.size(), goldBoundaries.size(), correct.size());
    }

    private static Set<Integer> boundaries(List<String> sentences) {
        Set<Integer> boundaries = new HashSet<>();
        int at = 0;
        for (int s = 0; s + 1 < sentences.size(); s++) {
            at += sentences.get(s).replaceAll("\\s+", "").length();
            boundaries.add(at);
        }
        return boundaries;
    }

    private BoundaryScorer() {
    }
}
