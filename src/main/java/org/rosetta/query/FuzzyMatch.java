package org.rosetta.query;

import org.rosetta.model.TranslationUnit;

/**
 * A translation-memory match: the unit and how close its text is to the sentence looked up, as CAT tools count it
 * (100 = the same words; word-level edit distance over the longer sentence).
 *
 * @param copies how many units have exactly this unit's texts (1: only this one); the first of them is shown
 */
public record FuzzyMatch(TranslationUnit unit, int percent, int copies) {

    public FuzzyMatch(TranslationUnit unit, int percent) {
        this(unit, percent, 1);
    }
}
