package org.rosetta.bench;

import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.qa.Corruptor;
import org.rosetta.qa.Finding;
import org.rosetta.qa.Glossary;
import org.rosetta.qa.QaCheck;
import org.rosetta.qa.QaRecall;
import org.rosetta.qa.QualityChecks;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The QA checks measured: findings per 100 units per check and pair on the clean UDHR (false positives), and recall
 * per kind of injected error on the UDHR corrupted by {@link Corruptor} (seeds 1..N, default 20).
 */
public final class QaBenchmark {

    public static void main(String[] args) throws Exception {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String[]> pairs = List.of(new String[] {"en", "fr"}, new String[] {"en", "fa"},
                new String[] {"fr", "fa"}, new String[] {"en", "ar"}, new String[] {"en", "zh"});
        List<TranslationUnit> units = QaRecall.udhrUnits(List.of("fr", "fa", "ar", "zh"));
        QualityChecks checks = new QualityChecks(EnumSet.allOf(QaCheck.class), Glossary.none());
        System.out.printf(Locale.ROOT, "false positives per 100 units on the shipped UDHR%n%-7s", "pair");
        for (QaCheck check : QaCheck.values()) {
            System.out.printf(Locale.ROOT, " %12s", check.tag());
        }
        System.out.println();
        for (String[] pair : pairs) {
            Language source = Language.of(pair[0]);
            Language target = Language.of(pair[1]);
            long both = units.stream().filter(u -> u.text(source) != null || u.text(target) != null).count();
            List<Finding> findings = checks.run(units, List.of(new QualityChecks.Pair(source, target)));
            System.out.printf(Locale.ROOT, "%-7s", pair[0] + "-" + pair[1]);
            for (QaCheck check : QaCheck.values()) {
                long n = findings.stream().filter(f -> f.check() == check).count();
                System.out.printf(Locale.ROOT, " %12.1f", 100.0 * n / both);
            }
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "%nrecall on the corrupted UDHR (en-fr, en-fa, en-ar; %d seeds)%n", seeds);
        Map<Corruptor.Kind, int[]> recall = QaRecall.recall(List.of("fr", "fa", "ar"), seeds);
        recall.forEach((kind, c) -> System.out.printf(Locale.ROOT, "%-17s %-13s %5d of %5d  %.3f%n",
                kind.name().toLowerCase(Locale.ROOT), kind.check.tag(), c[0], c[1], (double) c[0] / c[1]));
        int[] swapped = QaRecall.swappedTermsByConsistency(List.of("fr", "fa"), seeds);
        System.out.printf(Locale.ROOT, "%-17s %-13s %5d of %5d  %.3f   (no glossary)%n", "swapped_term",
                QaCheck.CONSISTENCY.tag(), swapped[0], swapped[1], swapped[1] == 0 ? 0.0 : (double) swapped[0] / swapped[1]);
    }
}
