package org.rosetta.bench;

import org.rosetta.corpus.BuildOptions;
import org.rosetta.corpus.Workspace;
import org.rosetta.corpus.WorkspaceLayout;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.qa.Corruptor;
import org.rosetta.qa.Finding;
import org.rosetta.qa.Glossary;
import org.rosetta.qa.QaCheck;
import org.rosetta.qa.QaRecall;
import org.rosetta.qa.QualityChecks;
import org.rosetta.tmx.TmxReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The QA checks measured: findings per 100 units per check and pair on the clean UDHR (false positives), on
 * Text+Berg's loosely translated development document where {@code ../shared/eval} is there, and recall per kind of
 * injected error on the UDHR corrupted by {@link Corruptor} (seeds 1..N, default 20).
 */
public final class QaBenchmark {

    /** Text+Berg's development document, German and French, where the shared evaluation sets are beside the checkout. */
    private static final Path TEXT_BERG = Path.of("../shared/eval/textberg-dev");

    /**
     * Findings per 100 units on a long, loosely translated text built as a user would build it: Text+Berg's
     * development document (an alpine yearbook, German and French, OCR), each version a text file of a sentence per
     * line, through {@code build}. Many findings are true (the French leaves out page references and heights), so
     * this measures noise to watch, not false positives.
     */
    private static void looseTranslation() throws Exception {
        if (!Files.isDirectory(TEXT_BERG)) {
            System.out.printf(Locale.ROOT, "%n%s is not there: no Text+Berg row%n", TEXT_BERG);
            return;
        }
        Path workspace = Files.createTempDirectory("rosetta-qa-textberg");
        Path collection = Files.createDirectories(workspace.resolve("corpus/textberg"));
        Files.copy(TEXT_BERG.resolve("dev.de"), collection.resolve("dev.de.txt"));
        Files.copy(TEXT_BERG.resolve("dev.fr"), collection.resolve("dev.fr.txt"));
        new Workspace(WorkspaceLayout.under(workspace)).build(BuildOptions.defaults(), line -> { });
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(workspace.resolve("tmx/textberg.tmx"), units::add);
        Language source = Language.of("de");
        Language target = Language.of("fr");
        List<Finding> findings = new QualityChecks(QaCheck.defaults(), Glossary.none()).run(units,
                List.of(new QualityChecks.Pair(source, target)));
        System.out.printf(Locale.ROOT, "%nfindings per 100 units on Text+Berg dev built from its files (%d units)%n%-7s",
                units.size(), "pair");
        for (QaCheck check : QaCheck.values()) {
            System.out.printf(Locale.ROOT, " %12s", check.tag());
        }
        System.out.printf(Locale.ROOT, "%n%-7s", "de-fr");
        for (QaCheck check : QaCheck.values()) {
            long n = findings.stream().filter(f -> f.check() == check).count();
            System.out.printf(Locale.ROOT, " %12.1f", 100.0 * n / units.size());
        }
        System.out.println();
    }

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
        looseTranslation();
        System.out.printf(Locale.ROOT, "%nrecall on the corrupted UDHR (en-fr, en-fa, en-ar; %d seeds)%n", seeds);
        Map<Corruptor.Kind, int[]> recall = QaRecall.recall(List.of("fr", "fa", "ar"), seeds);
        recall.forEach((kind, c) -> System.out.printf(Locale.ROOT, "%-17s %-13s %5d of %5d  %.3f%n",
                kind.name().toLowerCase(Locale.ROOT), kind.check.tag(), c[0], c[1], (double) c[0] / c[1]));
        int[] swapped = QaRecall.swappedTermsByConsistency(List.of("fr", "fa"), seeds);
        System.out.printf(Locale.ROOT, "%-17s %-13s %5d of %5d  %.3f   (no glossary)%n", "swapped_term",
                QaCheck.CONSISTENCY.tag(), swapped[0], swapped[1], swapped[1] == 0 ? 0.0 : (double) swapped[0] / swapped[1]);
    }
}
