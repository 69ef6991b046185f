package org.rosetta.qa;

import org.rosetta.TestData;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recall of the checks on the shipped UDHR corrupted by {@link Corruptor}: for each kind of error, the share of
 * injected errors that a finding of the right check marks in the right unit; and the findings per 100 units of
 * the clean text (all false: the UDHR is a careful translation). For benchmarks and guards.
 */
public final class QaRecall {

    /** Per kind: {found, injected}, each kind by its own check (the default ones, and the glossary). */
    public static Map<Corruptor.Kind, int[]> recall(List<String> targets, int seeds) throws Exception {
        return recall(targets, seeds, new QualityChecks(QaCheck.defaults(), glossary()), kind -> kind.check);
    }

    /** {found, injected} of swapped glossary terms that {@link QaCheck#CONSISTENCY} finds, without the glossary. */
    public static int[] swappedTermsByConsistency(List<String> targets, int seeds) {
        return recall(targets, seeds, new QualityChecks(EnumSet.of(QaCheck.CONSISTENCY), Glossary.none()),
                kind -> QaCheck.CONSISTENCY).getOrDefault(Corruptor.Kind.SWAPPED_TERM, new int[2]);
    }

    private static Map<Corruptor.Kind, int[]> recall(List<String> targets, int seeds, QualityChecks checks,
                                                     java.util.function.Function<Corruptor.Kind, QaCheck> by) {
        Map<Corruptor.Kind, int[]> counts = new EnumMap<>(Corruptor.Kind.class);
        List<TranslationUnit> units = udhrUnits(targets);
        for (String target : targets) {
            for (long seed = 1; seed <= seeds; seed++) {
                Corruptor.Result result = new Corruptor(seed).corrupt(units, Language.of("en"), Language.of(target),
                        4);
                List<Finding> findings = checks.run(result.units(),
                        List.of(new QualityChecks.Pair(Language.of("en"), Language.of(target))));
                Set<String> found = findings.stream().map(f -> f.unit() + " " + f.check())
                        .collect(Collectors.toSet());
                for (Corruptor.Corruption corruption : result.corruptions()) {
                    int[] c = counts.computeIfAbsent(corruption.kind(), k -> new int[2]);
                    c[1]++;
                    if (found.contains(corruption.unit() + " " + by.apply(corruption.kind()))) {
                        c[0]++;
                    }
                }
            }
        }
        return counts;
    }

    /** The shipped UDHR, English with {@code targets}, as units with distinct ids. */
    public static List<TranslationUnit> udhrUnits(List<String> targets) {
        List<TranslationUnit> units = new ArrayList<>();
        for (TranslationUnit unit : TestData.udhrUnits(targets.toArray(String[]::new))) {
            units.add(new TranslationUnit("udhr-" + (units.size() + 1), "udhr", "udhr", unit.variants(),
                    unit.beadType(), unit.confidence()));
        }
        return units;
    }

    static Glossary glossary() throws Exception {
        Path file = Files.createTempFile("glossary", ".csv");
        try {
            Files.writeString(file, Corruptor.GLOSSARY);
            return Glossary.read(file);
        } finally {
            Files.delete(file);
        }
    }

    private QaRecall() {
    }
}
