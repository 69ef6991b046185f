package org.rosetta.eval;

/** Strict and lax precision, recall and F1, as {@link Scorer} defines them. */
public record Scores(double precisionStrict, double recallStrict, double f1Strict,
                     double precisionLax, double recallLax, double f1Lax) {
}
