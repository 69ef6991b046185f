package org.rosetta.qa;

import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the chosen checks over a collection's units for each language pair asked (source, target). What a check
 * learns from the collection (the pair's length ratio, which capitalised words are names) it learns from all the
 * units given. Findings are sorted by severity, then by unit in the given order, then by pair and check.
 */
public final class QualityChecks {

    private final Set<QaCheck> enabled;
    private final Glossary glossary;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    public QualityChecks(Set<QaCheck> enabled, Glossary glossary) {
        this.enabled = Set.copyOf(enabled);
        this.glossary = glossary;
    }

    /** One language pair to check, the source first. */
    public record Pair(Language source, Language target) {
    }

    /**
     * The units' pivot (the language most units list first) with each other language they have, in order of first
     * appearance.
     */
    public static List<Pair> pivotPairs(List<TranslationUnit> units) {
        Map<Language, Integer> firsts = new java.util.LinkedHashMap<>();
        List<Language> all = new ArrayList<>();
        for (TranslationUnit unit : units) {
            firsts.merge(unit.sourceLanguage(), 1, Integer::sum);
            unit.variants().keySet().stream().filter(l -> !all.contains(l)).forEach(all::add);
        }
        Language pivot = firsts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow();
        return all.stream().filter(l -> !l.equals(pivot)).map(l -> new Pair(pivot, l)).toList();
    }

    public List<Finding> run(List<TranslationUnit> units, List<Pair> pairs) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            order.putIfAbsent(units.get(u).id(), u);
        }
        for (Pair languages : pairs) {
            List<UnitPair> unitPairs = units.stream()
                    .filter(u -> u.text(languages.source()) != null || u.text(languages.target()) != null)
                    .map(u -> new UnitPair(u, languages.source(), languages.target())).toList();
            Map<QaCheck, Checker> checkers = checkers(unitPairs);
            for (UnitPair pair : unitPairs) {
                for (Checker checker : new java.util.LinkedHashSet<>(checkers.values())) {
                    for (Finding finding : checker.check(pair)) {
                        if (enabled.contains(finding.check())) {
                            findings.add(finding);
                        }
                    }
                }
            }
        }
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> order.getOrDefault(f.unit(), Integer.MAX_VALUE))
                .thenComparing(f -> f.source().tag() + "-" + f.target().tag())
                .thenComparing(Finding::check));
        return findings;
    }

    private Map<QaCheck, Checker> checkers(List<UnitPair> pairs) {
        Map<QaCheck, Checker> checkers = new EnumMap<>(QaCheck.class);
        if (enabled.contains(QaCheck.OMISSION) || enabled.contains(QaCheck.ADDITION)) {
            LengthCheck length = new LengthCheck(pairs);
            checkers.put(QaCheck.OMISSION, length);
            checkers.put(QaCheck.ADDITION, length);
        }
        if (enabled.contains(QaCheck.NUMBERS)) {
            checkers.put(QaCheck.NUMBERS, new NumberCheck());
        }
        if (enabled.contains(QaCheck.NAMES)) {
            checkers.put(QaCheck.NAMES, new NameCheck(pairs, analyzers));
        }
        if (enabled.contains(QaCheck.UNTRANSLATED)) {
            checkers.put(QaCheck.UNTRANSLATED, new UntranslatedCheck());
        }
        if (enabled.contains(QaCheck.PUNCTUATION)) {
            checkers.put(QaCheck.PUNCTUATION, new PunctuationCheck());
        }
        if (enabled.contains(QaCheck.TERMINOLOGY)) {
            checkers.put(QaCheck.TERMINOLOGY, new TerminologyCheck(glossary));
        }
        if (enabled.contains(QaCheck.CONSISTENCY)) {
            checkers.put(QaCheck.CONSISTENCY, new ConsistencyCheck(pairs, analyzers));
        }
        return checkers;
    }
}
