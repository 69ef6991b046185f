package org.rosetta.qa;

import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.model.Span;
import org.rosetta.query.TermConsistency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link QaCheck#CONSISTENCY}: a term the collection renders one way nearly everywhere and another way in this unit
 * ({@link TermConsistency}), in both directions: a source term with an odd rendering here, and a target term that
 * renders some other source term here than everywhere else. Everything is learnt in the constructor, from all the
 * pair's units.
 */
final class ConsistencyCheck implements Checker {

    private final Map<String, List<Finding>> byUnit = new HashMap<>();

    ConsistencyCheck(List<UnitPair> pairs, LanguageAnalyzers analyzers) {
        List<UnitPair> both = pairs.stream().filter(UnitPair::hasBoth).toList();
        if (both.isEmpty()) {
            return;
        }
        List<String[]> forward = both.stream().map(p -> new String[] {p.sourceText(), p.targetText()}).toList();
        List<String[]> backward = both.stream().map(p -> new String[] {p.targetText(), p.sourceText()}).toList();
        UnitPair first = both.getFirst();
        for (TermConsistency.Inconsistency odd : new TermConsistency(analyzers, first.source(), first.target())
                .find(forward)) {
            UnitPair pair = both.get(odd.unit());
            add(pair, String.format(java.util.Locale.ROOT, "'%s' is rendered '%s' here, '%s' in %d other units",
                    text(pair.sourceText(), odd.source()), text(pair.targetText(), odd.target()), odd.usual(),
                    odd.usualUnits()), odd.source(), odd.target());
        }
        for (TermConsistency.Inconsistency odd : new TermConsistency(analyzers, first.target(), first.source())
                .find(backward)) {
            UnitPair pair = both.get(odd.unit());
            add(pair, String.format(java.util.Locale.ROOT, "'%s' renders '%s' here, '%s' in %d other units",
                    text(pair.targetText(), odd.source()), text(pair.sourceText(), odd.target()), odd.usual(),
                    odd.usualUnits()), odd.target(), odd.source());
        }
    }

    private void add(UnitPair pair, String message, Span source, Span target) {
        byUnit.computeIfAbsent(pair.unit().id(), id -> new ArrayList<>()).add(Finding.of(QaCheck.CONSISTENCY, pair,
                message, Optional.of(source), Optional.of(target)));
    }

    private static String text(String text, Span span) {
        return span.of(text);
    }

    @Override
    public List<Finding> check(UnitPair pair) {
        return byUnit.getOrDefault(pair.unit().id(), List.of());
    }
}
