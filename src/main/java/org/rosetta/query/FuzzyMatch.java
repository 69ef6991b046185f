package org.rosetta.query;

import org.rosetta.model.TranslationUnit;

/**
 * A translation-memory match: the unit and how close its text is to the sentence looked up, as CAT tools count it
 * (100 = the same words; word-level edit distance over the longer sentence).
 */
public record FuzzyMatch(TranslationUnit unit, int percent) {
}
