package org.rosetta.qa;

import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.util.Optional;

/**
 * One thing a check found in one unit, for one language pair: what and where. Spans are character offsets into the
 * unit's text in that language (UTF-16 units, as {@link String#substring}), empty when the finding is about the
 * whole text (a missing sentence).
 *
 * @param sourceText the unit's source text (empty when it has none)
 * @param targetText the unit's target text (empty when it has none)
 */
public record Finding(QaCheck check, Severity severity, String unit, String document, Language source,
                      Language target, String message, String sourceText, String targetText,
                      Optional<Span> sourceSpan, Optional<Span> targetSpan) {

    static Finding of(QaCheck check, UnitPair pair, String message, Optional<Span> sourceSpan,
                      Optional<Span> targetSpan) {
        return new Finding(check, check.severity, pair.unit().id(), pair.unit().document(), pair.source(),
                pair.target(), message, pair.sourceText(), pair.targetText(), sourceSpan, targetSpan);
    }
}
