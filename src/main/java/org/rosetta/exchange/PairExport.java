package org.rosetta.exchange;

import org.rosetta.model.UnitStatus;

import org.rosetta.model.Language;

import java.util.Set;

/**
 * What a bilingual export takes from multilingual units.
 *
 * @param source        the source language, written first in every unit and as the header's {@code srclang}
 * @param target        the target language
 * @param codes         the language codes to write
 * @param minConfidence units below this aligner confidence (0..1) are left out
 * @param beadTypes     the source-target shapes to keep ({@code 1-1}, {@code 2-1}, ...); empty keeps every shape
 *                      that has text on both sides
 * @param duplicates    whether to keep units whose source and target equal an earlier unit's
 * @param statuses      the statuses to keep ({@code confirmed} and {@code corrected}: only what a person checked);
 *                      empty keeps all
 */
public record PairExport(Language source, Language target, LanguageCodes codes, double minConfidence,
                         Set<String> beadTypes, Duplicates duplicates, Set<UnitStatus> statuses) {

    public PairExport {
        if (source.equals(target)) {
            throw new IllegalArgumentException("source and target are both " + source);
        }
        if (codes.code(source).equalsIgnoreCase(codes.code(target))) {
            throw new IllegalArgumentException("language codes: " + source + " and " + target + " would both be"
                    + " written " + codes.code(source));
        }
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minimum confidence must be in 0..1, not " + minConfidence);
        }
        beadTypes = Set.copyOf(beadTypes);
        statuses = Set.copyOf(statuses);
    }

    /** Every status kept. */
    public PairExport(Language source, Language target, LanguageCodes codes, double minConfidence,
                      Set<String> beadTypes, Duplicates duplicates) {
        this(source, target, codes, minConfidence, beadTypes, duplicates, Set.of());
    }

    public static PairExport of(Language source, Language target) {
        return new PairExport(source, target, LanguageCodes.asIs(), 0, Set.of(), Duplicates.DROP);
    }
}
