package org.rosetta.qa;

import org.rosetta.align.Dictionary;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Runs the chosen checks over a collection's units: each document in its own pairs, or the pairs asked in every
 * document that has both languages. What a check learns from the collection (the pair's length ratio, which capitalised
 * words are names) it learns from all the units it checks in that pair. Findings are sorted by severity, then by unit
 * in the given order, then by pair and check.
 */
public final class QualityChecks {

    private final Set<QaCheck> enabled;
    private final Glossary glossary;
    private final Optional<Dictionary> dictionary;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    public QualityChecks(Set<QaCheck> enabled, Glossary glossary) {
        this(enabled, glossary, Optional.empty());
    }

    private QualityChecks(Set<QaCheck> enabled, Glossary glossary, Optional<Dictionary> dictionary) {
        this.enabled = Set.copyOf(enabled);
        this.glossary = glossary;
        this.dictionary = dictionary;
    }

    /**
     * The same checks knowing a bilingual dictionary: a capitalised word of an institution's name whose translation
     * the target has ("Court", "Gericht" in "Arbeitsgericht") is translated, not a name left out ({@link NameCheck}).
     */
    public QualityChecks withDictionary(Dictionary dictionary) {
        return new QualityChecks(enabled, glossary, Optional.of(dictionary));
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
        return union(ownPairs(units));
    }

    /** Every document's pairs, in order of first appearance. */
    private static List<Pair> union(Map<String, List<Pair>> own) {
        Set<Pair> pairs = new LinkedHashSet<>();
        own.values().forEach(pairs::addAll);
        return List.copyOf(pairs);
    }

    /** Each document's own pairs ({@link #pivotPairs} of its units alone), by document. */
    private static Map<String, List<Pair>> ownPairs(List<TranslationUnit> units) {
        Map<String, List<TranslationUnit>> documents = new LinkedHashMap<>();
        for (TranslationUnit unit : units) {
            documents.computeIfAbsent(unit.document(), d -> new ArrayList<>()).add(unit);
        }
        Map<String, List<Pair>> pairs = new LinkedHashMap<>();
        documents.forEach((document, its) -> {
            Map<Language, Integer> firsts = new LinkedHashMap<>();
            List<Language> all = new ArrayList<>();
            for (TranslationUnit unit : its) {
                firsts.merge(unit.sourceLanguage(), 1, Integer::sum);
                unit.variants().keySet().stream().filter(l -> !all.contains(l)).forEach(all::add);
            }
            Language pivot = firsts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseThrow();
            pairs.put(document, all.stream().filter(l -> !l.equals(pivot)).map(l -> new Pair(pivot, l)).toList());
        });
        return pairs;
    }

    /**
     * The checks of each document in its own pairs ({@link #pivotPairs}) that {@code wanted} keeps: a document in
     * English and French is checked from English, one in French and Italian from French, and neither in the other's
     * pairs.
     */
    public List<Finding> runInOwnPairs(List<TranslationUnit> units, Predicate<Pair> wanted) {
        Map<String, List<Pair>> own = ownPairs(units);
        return run(units, union(own).stream().filter(wanted).toList(),
                (unit, pair) -> own.get(unit.document()).contains(pair));
    }

    /**
     * The checks of {@code pairs}, each in every document that has a version in both its languages (a document
     * without a version in a language has nothing left out in it).
     */
    public List<Finding> run(List<TranslationUnit> units, List<Pair> pairs) {
        Map<String, Set<Language>> languages = new HashMap<>();
        for (TranslationUnit unit : units) {
            languages.computeIfAbsent(unit.document(), d -> new HashSet<>()).addAll(unit.variants().keySet());
        }
        return run(units, pairs, (unit, pair) -> languages.get(unit.document()).containsAll(List.of(pair.source(),
                pair.target())));
    }

    private List<Finding> run(List<TranslationUnit> units, List<Pair> pairs,
                              BiPredicate<TranslationUnit, Pair> checked) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            order.putIfAbsent(units.get(u).id(), u);
        }
        for (Pair asked : pairs) {
            List<UnitPair> unitPairs = units.stream()
                    .filter(u -> checked.test(u, asked))
                    .filter(u -> u.text(asked.source()) != null || u.text(asked.target()) != null)
                    .map(u -> new UnitPair(u, asked.source(), asked.target())).toList();
            Map<QaCheck, Checker> checkers = checkers(unitPairs);
            for (UnitPair pair : unitPairs) {
                for (Checker checker : new LinkedHashSet<>(checkers.values())) {
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
            CoverageRank coverage = enabled.contains(QaCheck.OMISSION) ? CoverageRank.of(pairs, analyzers)
                    : CoverageRank.none(); // only an omission is found by it
            LengthCheck length = new LengthCheck(pairs, coverage);
            checkers.put(QaCheck.OMISSION, length);
            checkers.put(QaCheck.ADDITION, length);
        }
        if (enabled.contains(QaCheck.NUMBERS)) {
            checkers.put(QaCheck.NUMBERS, new NumberCheck());
        }
        if (enabled.contains(QaCheck.NAMES)) {
            checkers.put(QaCheck.NAMES, new NameCheck(pairs, analyzers, dictionary));
        }
        if (enabled.contains(QaCheck.UNTRANSLATED)) {
            checkers.put(QaCheck.UNTRANSLATED, new UntranslatedCheck());
        }
        if (enabled.contains(QaCheck.PUNCTUATION)) {
            checkers.put(QaCheck.PUNCTUATION, new PunctuationCheck(pairs));
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
