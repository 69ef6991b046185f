package org.rosetta.qa;

import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.model.Span;
import org.rosetta.query.TermConsistency;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link QaCheck#CONSISTENCY}: a term the collection renders one way nearly everywhere and another way in this unit
 * ({@link TermConsistency}), in both directions: a source term with an odd rendering here, and a target term that
 * renders some other source term here than everywhere else, where another unit renders that source term otherwise
 * (two terms the translation keeps apart elsewhere). Everything is learnt in the constructor, from all the
 * pair's units, with one word alignment for both directions.
 */
final class ConsistencyCheck implements Checker {

    /** By unit pair as given (ids may repeat in an imported TMX). */
    private final Map<UnitPair, List<Finding>> byUnit = new IdentityHashMap<>();

    ConsistencyCheck(List<UnitPair> pairs, LanguageAnalyzers analyzers) {
        List<UnitPair> both = pairs.stream().filter(UnitPair::hasBoth).toList();
        if (both.isEmpty()) {
            return;
        }
        UnitPair first = both.getFirst();
        List<String[]> texts = both.stream().map(p -> new String[] {p.sourceText(), p.targetText()}).toList();
        TermConsistency.BothWays found = new TermConsistency(analyzers, first.source(), first.target())
                .findBothWays(texts);
        report(both, texts, Direction.SOURCE_TERMS, found.sourceTerms());
        report(both, texts, Direction.TARGET_TERMS, found.targetTerms());
    }

    /** Whose terms are checked: the source's (their renderings vary) or the target's (what they render varies). */
    private enum Direction {
        SOURCE_TERMS("'%s' is rendered '%s' here, '%s' in %d other units"),
        TARGET_TERMS("'%s' renders '%s' here, '%s' in %d other units");

        final String message;

        Direction(String message) {
            this.message = message;
        }
    }

    private void report(List<UnitPair> both, List<String[]> texts, Direction direction,
                        List<TermConsistency.Inconsistency> found) {
        boolean forward = direction == Direction.SOURCE_TERMS;
        for (TermConsistency.Inconsistency odd : found) {
            String[] unit = texts.get(odd.unit());
            String source = forward ? unit[0] : unit[1];
            String target = forward ? unit[1] : unit[0];
            String message = String.format(java.util.Locale.ROOT, direction.message, odd.source().of(source),
                    odd.target().of(target), odd.usual(), odd.usualUnits());
            add(both.get(odd.unit()), message, forward ? odd.source() : odd.target(),
                    forward ? odd.target() : odd.source());
        }
    }

    private void add(UnitPair pair, String message, Span source, Span target) {
        byUnit.computeIfAbsent(pair, p -> new ArrayList<>()).add(Finding.of(QaCheck.CONSISTENCY, pair,
                message, Optional.of(source), Optional.of(target)));
    }

    @Override
    public List<Finding> check(UnitPair pair) {
        return byUnit.getOrDefault(pair, List.of());
    }
}
