package org.rosetta.exchange;

import org.rosetta.model.TranslationUnit;

import java.util.HashSet;
import java.util.Set;

/**
 * Decides, unit by unit in order, which units a bilingual export keeps, and gives each a {@code tuid} unique in the
 * export. Keeps a 64-bit fingerprint per kept text pair, so memory grows by 8 bytes a unit. Not thread-safe.
 */
final class PairSelector {

    private final PairExport options;
    private final Set<Long> seenTexts = new HashSet<>();
    private final Set<String> usedIds = new HashSet<>();

    PairSelector(PairExport options) {
        this.options = options;
    }

    boolean keep(TranslationUnit unit) {
        String source = unit.text(options.source());
        String target = unit.text(options.target());
        if (source == null || target == null || source.isBlank() || target.isBlank()
                || unit.confidence(options.source(), options.target()) < options.minConfidence()) {
            return false;
        }
        if (!options.statuses().isEmpty() && !options.statuses().contains(unit.status())) {
            return false;
        }
        if (!options.beadTypes().isEmpty()
                && !options.beadTypes().contains(unit.beadType(options.source(), options.target()))) {
            return false;
        }
        return options.duplicates() == Duplicates.KEEP || seenTexts.add(fingerprint(source, target));
    }

    /** The unit's id, or the id with {@code -2}, {@code -3}, ... when an earlier unit of the export had it. */
    String uniqueId(TranslationUnit unit) {
        String id = unit.id();
        for (int n = 2; !usedIds.add(id); n++) {
            id = unit.id() + "-" + n;
        }
        return id;
    }

    private static long fingerprint(String source, String target) {
        long hash = 1125899906842597L;
        for (String text : new String[] {source, "\u0000", target}) {
            for (int i = 0; i < text.length(); i++) {
                hash = 31 * hash + text.charAt(i);
            }
        }
        return hash ^ ((long) source.hashCode() << 32 | (target.hashCode() & 0xffffffffL));
    }
}
