package org.rosetta.qa;

import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.util.Optional;

/** One unit seen as a source and a target language; either text may be missing (empty). */
record UnitPair(TranslationUnit unit, Language source, Language target) {

    String sourceText() {
        return Optional.ofNullable(unit.text(source)).orElse("");
    }

    String targetText() {
        return Optional.ofNullable(unit.text(target)).orElse("");
    }

    boolean hasBoth() {
        return !sourceText().isEmpty() && !targetText().isEmpty();
    }
}
