package org.rosetta.exchange;

import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.model.UnitStatus;

import java.util.List;
import java.util.Set;

/**
 * What a CSV/TSV export writes: a column per language of {@code languages} (all the collection's when empty), and only
 * the units the aligner was at least {@code minConfidence} sure of, of {@code statuses} when some are named.
 */
public record TableExport(List<Language> languages, double minConfidence, Set<UnitStatus> statuses) {

    public TableExport {
        languages = List.copyOf(languages);
        statuses = Set.copyOf(statuses);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence " + minConfidence + " is not 0 to 1");
        }
    }

    /** Every unit, a column per language given (all when empty). */
    public static TableExport of(List<Language> languages) {
        return new TableExport(languages, 0, Set.of());
    }

    boolean keeps(TranslationUnit unit) {
        return unit.confidence() >= minConfidence && (statuses.isEmpty() || statuses.contains(unit.status()));
    }
}
