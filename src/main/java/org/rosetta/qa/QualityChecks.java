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
 * Runs the chosen checks over a collection's units for each language pair asked (source, target), in the
 * documents that have a version in both languages. What a check learns from the collection (the pair's length
 * ratio, which capitalised words are names) it learns from all those units. Findings are sorted by severity, then by unit in the given order, then by pair and check.
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
     * Each document's pivot (the language most of its units list first) with each other language it has, in order
     * of first appearance: a collection whose statements are in English and French, English and Persian, French and
     * Italian is checked in those pairs, not in every pair of its languages.
     */
    public static List<Pair> pivotPairs(List<TranslationUnit> units) {
        Map<String, List<TranslationUnit>> documents = new java.util.LinkedHashMap<>();
        for (TranslationUnit unit : units) {
            documents.computeIfAbsent(unit.document(), d -> new ArrayList<>()).add(unit);
        }
        java.util.LinkedHashSet<Pair> pairs = new java.util.LinkedHashSet<>();
        for (List<TranslationUnit> document : documents.values()) {
            Map<Language, Integer> firsts = new java.util.LinkedHashMap<>();
            List<Language> all = new ArrayList<>();
            for (TranslationUnit unit : document) {
                firsts.merge(unit.sourceLanguage(), 1, Integer::sum);
                unit.variants().keySet().stream().filter(l -> !all.contains(l)).forEach(all::add);
            }
            Language pivot = firsts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseThrow();
            all.stream().filter(l -> !l.equals(pivot)).map(l -> new Pair(pivot, l)).forEach(pairs::add);
        }
        return List.copyOf(pairs);
    }

    public List<Finding> run(List<TranslationUnit> units, List<Pair> pairs) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            order.putIfAbsent(units.get(u).id(), u);
        }
        Map<String, Set<Language>> languages = languagesOfDocuments(units);
        for (Pair asked : pairs) {
            List<UnitPair> unitPairs = units.stream()
                    .filter(u -> languages.get(u.document()).containsAll(List.of(asked.source(), asked.target())))
                    .filter(u -> u.text(asked.source()) != null || u.text(asked.target()) != null)
                    .map(u -> new UnitPair(u, asked.source(), asked.target())).toList();
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

    /**
     * The languages each document has a version in: a document without a version in a language has nothing left
     * out in it, so its units are not checked in that language's pairs.
     */
    private static Map<String, Set<Language>> languagesOfDocuments(List<TranslationUnit> units) {
        Map<String, Set<Language>> languages = new java.util.HashMap<>();
        for (TranslationUnit unit : units) {
            languages.computeIfAbsent(unit.document(), d -> new java.util.HashSet<>()).addAll(unit.variants().keySet());
        }
        return languages;
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
