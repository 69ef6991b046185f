package org.rosetta.bench;

import org.rosetta.corpus.BuildOptions;
import org.rosetta.corpus.Workspace;
import org.rosetta.corpus.WorkspaceLayout;
import org.rosetta.eval.BeadFormat;
import org.rosetta.eval.GoldBead;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.qa.Corruptor;
import org.rosetta.qa.Finding;
import org.rosetta.qa.Glossary;
import org.rosetta.qa.QaCheck;
import org.rosetta.qa.QaRecall;
import org.rosetta.qa.QualityChecks;
import org.rosetta.tmx.TmxReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The QA checks measured: findings per 100 units per check and pair on the clean UDHR (false positives), on
 * Text+Berg's loosely translated development document where {@code ../shared/eval} is there, and recall per kind of
 * injected error on the UDHR corrupted by {@link Corruptor} (seeds 1..N, default 20).
 */
public final class QaBenchmark {

    /** The UDHR's hand-made sentence alignments, one folder per pair, where the shared evaluation sets are there. */
    private static final Path UDHR_GOLD = Path.of("../shared/eval/udhr");

    /**
     * The sentences of a pair's UDHR that its hand alignment leaves without counterpart ({@code [9]:[]}: the
     * Persian and French texts have no "Now, therefore,"), each side's texts by language; empty where the pair has no
     * gold. An omission finding on a source one, or an addition finding on a target one, is a true finding, not a
     * false positive.
     */
    private static Map<Language, Set<String>> leftOutByGold(Language source, Language target) throws IOException {
        Path folder = UDHR_GOLD.resolve(source.tag() + "-" + target.tag());
        if (!Files.isRegularFile(folder.resolve("udhr.gold"))) {
            return Map.of();
        }
        List<String> sourceLines = Files.readAllLines(folder.resolve("udhr." + source.tag()));
        List<String> targetLines = Files.readAllLines(folder.resolve("udhr." + target.tag()));
        Map<Language, Set<String>> leftOut = Map.of(source, new HashSet<>(), target, new HashSet<>());
        for (GoldBead bead : BeadFormat.read(folder.resolve("udhr.gold"))) {
            if (bead.target().isEmpty()) {
                bead.source().forEach(k -> leftOut.get(source).add(normalised(sourceLines.get(k))));
            } else if (bead.source().isEmpty()) {
                bead.target().forEach(k -> leftOut.get(target).add(normalised(targetLines.get(k))));
            }
        }
        return leftOut;
    }

    /** The text with every run of spaces, no-break ones too, as one space, and none at either end. */
    private static String normalised(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /**
     * Whether the gold confirms a finding: an omission whose source alone is a sentence the gold leaves out, or an
     * addition whose target alone is one.
     */
    private static boolean confirmed(Finding finding, Map<Language, Set<String>> leftOut) {
        if (leftOut.isEmpty()) {
            return false;
        }
        String source = normalised(finding.sourceText());
        String target = normalised(finding.targetText());
        return switch (finding.check()) {
            case OMISSION -> target.isEmpty() && leftOut.get(finding.source()).contains(source);
            case ADDITION -> source.isEmpty() && leftOut.get(finding.target()).contains(target);
            default -> false;
        };
    }

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
        List<TranslationUnit> units = built("textberg", Map.of(TEXT_BERG.resolve("dev.de"), "dev.de.txt",
                TEXT_BERG.resolve("dev.fr"), "dev.fr.txt"));
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

    /**
     * Findings per 100 units of {@code units} per check and pair, less those the UDHR's hand alignment confirms
     * ({@link #confirmed}), which are listed.
     */
    private static void falsePositives(String what, List<TranslationUnit> units, List<String[]> pairs)
            throws IOException {
        QualityChecks checks = new QualityChecks(EnumSet.allOf(QaCheck.class), Glossary.none());
        System.out.printf(Locale.ROOT, "false positives per 100 units on %s (findings less those the hand alignment"
                + " in %s confirms)%n%-7s", what, UDHR_GOLD, "pair");
        for (QaCheck check : QaCheck.values()) {
            System.out.printf(Locale.ROOT, " %12s", check.tag());
        }
        System.out.println();
        for (String[] pair : pairs) {
            Language source = Language.of(pair[0]);
            Language target = Language.of(pair[1]);
            long both = units.stream().filter(u -> u.text(source) != null || u.text(target) != null).count();
            List<Finding> findings = checks.run(units, List.of(new QualityChecks.Pair(source, target)));
            Map<Language, Set<String>> leftOut = leftOutByGold(source, target);
            List<Finding> confirmed = findings.stream().filter(f -> confirmed(f, leftOut)).toList();
            System.out.printf(Locale.ROOT, "%-7s", pair[0] + "-" + pair[1]);
            for (QaCheck check : QaCheck.values()) {
                long n = findings.stream().filter(f -> f.check() == check && !confirmed.contains(f)).count();
                System.out.printf(Locale.ROOT, " %12.1f", 100.0 * n / both);
            }
            System.out.println();
            confirmed.forEach(f -> System.out.printf(Locale.ROOT, "        not counted, true by the UDHR's gold: %s %s%n",
                    f.check().tag(), f.sourceText().isEmpty() ? f.target().tag() + " \"" + f.targetText() + "\""
                            : f.source().tag() + " \"" + f.sourceText() + "\""));
        }
        System.out.println();
    }

    /** The units of the shipped UDHR ({@code corpus/udhr}) as {@code build} writes them. */
    private static List<TranslationUnit> builtUdhr() throws Exception {
        Map<Path, String> files = new HashMap<>();
        try (var listed = Files.list(Path.of("corpus/udhr"))) {
            listed.filter(f -> f.getFileName().toString().endsWith(".html"))
                    .forEach(f -> files.put(f, f.getFileName().toString()));
        }
        return built("udhr", files);
    }

    /**
     * The units {@code build} writes for a collection {@code name} of {@code files} (each copied under the name
     * given), built in a temporary workspace; a build that fails stops the benchmark.
     */
    private static List<TranslationUnit> built(String name, Map<Path, String> files) throws Exception {
        Path workspace = Files.createTempDirectory("rosetta-qa-" + name);
        Path collection = Files.createDirectories(workspace.resolve("corpus").resolve(name));
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.copy(file.getKey(), collection.resolve(file.getValue()));
        }
        List<String> failures = new Workspace(WorkspaceLayout.under(workspace)).build(BuildOptions.defaults(),
                line -> { }).failures();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("building " + name + " failed: " + failures);
        }
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(workspace.resolve("tmx").resolve(name + ".tmx"), units::add);
        return units;
    }

    public static void main(String[] args) throws Exception {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String[]> pairs = List.of(new String[] {"en", "fr"}, new String[] {"en", "fa"},
                new String[] {"fr", "fa"}, new String[] {"en", "ar"}, new String[] {"en", "zh"});
        falsePositives("the UDHR aligned in the five languages of these pairs",
                QaRecall.udhrUnits(List.of("fr", "fa", "ar", "zh")), pairs);
        falsePositives("the shipped UDHR as build makes it (tmx/udhr.tmx, all eight languages)", builtUdhr(), pairs);
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
