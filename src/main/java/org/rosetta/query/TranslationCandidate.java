package org.rosetta.query;

/**
 * A phrase the aligned units of a term often contain.
 *
 * @param phrase   as it is most often written in those units
 * @param together how many units hold both the term and the phrase
 * @param total    how many units that also have the term's language hold the phrase at all
 * @param score    Dice coefficient {@code 2 * together / (units with the term + total)}, 0..1
 */
public record TranslationCandidate(String phrase, int together, int total, double score) {
}
