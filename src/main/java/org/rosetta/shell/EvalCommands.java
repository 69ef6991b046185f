package org.rosetta.shell;

import org.rosetta.align.AlignerSettings;
import org.rosetta.align.SignalAligner;
import org.rosetta.eval.BeadFormat;
import org.rosetta.eval.Evaluator;
import org.rosetta.eval.Calibration;
import org.rosetta.eval.GoldSet;
import org.rosetta.eval.GoldSetReader;
import org.rosetta.eval.ParagraphGold;
import org.rosetta.eval.Scores;
import org.rosetta.eval.SetResult;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.command.annotation.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** {@code eval}: align gold sets and score the result. */
final class EvalCommands {

    private final Diagnostics diagnostics = new Diagnostics();

    @Command(name = "eval", help = "eval --gold DIR [--out DIR] [--with SIGNAL,...] [--without SIGNAL,...] [--dictionary FILE] [--per-document] [--reliability] [--sentence-gold] [--format table|tsv|json] [--quiet]", group = "Align",
            description = "Align every gold set under a folder and print strict and lax precision, recall and F1")
    void eval(CommandContext context,
              @Option(longName = "gold", required = true, description = "a folder of gold sets (e.g. ../shared/eval)")
              String gold,
              @Option(longName = "out", description = "also write each document's beads there (bead format)")
              String out,
              @Option(longName = "without", description = "signals to switch off, e.g. lexicon,cognates")
              String without,
              @Option(longName = "with", description = "signals to switch on, e.g. punctuation") String with,
              @Option(longName = "dictionary", description = "a bilingual word list, CSV or TSV") String dictionary,
              @Option(longName = "per-document", description = "also list each document's scores")
              boolean perDocument,
              @Option(longName = "reliability", description = "also print each set's reliability table: per bin of confidence, beads, share right, mean confidence")
              boolean reliability,
              @Option(longName = "sentence-gold", description = "in sets whose lines have paragraph ids (NAME.L1.ids,"
                      + " the UDHR's), score against one-to-one gold beads where a paragraph has as many sentences on"
                      + " both sides")
              boolean sentenceGold,
              @Option(longName = "format", defaultValue = "table", description = "table, tsv or json (one result"
                      + " per set, pooled groups last; with --per-document also one per document)") String format,
              @Option(longName = "quiet", description = "no progress on standard error") boolean quiet) {
        Listing listing = Listing.parse(format);
        if (out != null && java.nio.file.Files.exists(Path.of(out)) && !java.nio.file.Files.isDirectory(Path.of(out))) {
            throw new UsageException("--out names a folder for each document's beads; " + out + " is a file");
        }
        GoldSetReader.Found found = new GoldSetReader(sentenceGold ? ParagraphGold.SENTENCES
                : ParagraphGold.AS_WRITTEN).find(Path.of(gold));
        AlignerSettings settings = SignalOptions.settings(with, without, dictionary);
        Evaluator evaluator = new Evaluator(new SignalAligner(settings));
        PrintWriter writer = context.outputWriter();
        found.notSets().forEach(folder -> diagnostics.warning(folder + ": not a gold set and holds none, skipped"));
        found.warnings().forEach(odd -> diagnostics.warning(odd + "; scored as written"));
        boolean table = listing == Listing.TABLE;
        List<Map<String, Object>> rows = new ArrayList<>();
        if (table) {
            writer.printf(Locale.ROOT, "%-22s %-6s %4s   %-17s   %-17s   %-19s %s%n", "set", "pair", "docs",
                    "strict P / R / F1", "lax P / R / F1", "conf>=0.9: P lax n", "ECE / lax");
        }
        // sets under one folder are aligned together, as a collection's language pairs are, and also scored pooled
        Map<String, List<GoldSet>> groups = Evaluator.byFolder(found.sets());
        ProgressLine progress = new ProgressLine(System.err, ProgressLine.mode(quiet));
        int done = 0;
        List<Aligned> aligned = new ArrayList<>();
        for (Map.Entry<String, List<GoldSet>> group : groups.entrySet()) {
            String name = group.getKey().isEmpty() ? folderName(gold) : group.getKey();
            progress.item("eval", name, done, found.sets().size());
            done += group.getValue().size();
            long start = System.nanoTime();
            List<SetResult> results = evaluator.evaluateAll(group.getValue());
            double elapsed = (System.nanoTime() - start) / 1e9;
            progress.finish();
            aligned.add(new Aligned(name, results, elapsed));
            // a set aligned with others has no time of its own: the group's is on the pooled line
            double ownSeconds = results.size() == 1 ? elapsed : 0;
            for (SetResult result : results) {
                if (!table) {
                    rows.add(row(result, ownSeconds));
                    if (perDocument) {
                        rows.addAll(documentRows(result));
                    }
                } else {
                    print(writer, result, ownSeconds > 0
                            ? String.format(Locale.ROOT, "   (%.1f s)", ownSeconds) : "");
                }
                if (reliability && table) {
                    printReliability(writer, result.calibration());
                }
                if (perDocument && table) {
                    printDocuments(writer, result);
                }
                if (out != null) {
                    writeBeads(Path.of(out), result);
                }
            }
            writer.flush();
        }
        for (Aligned group : aligned) {
            if (group.results().size() > 1) {
                SetResult pooled = Evaluator.pool(group.name() + " (pooled)", group.results());
                if (table) {
                    print(writer, pooled, String.format(Locale.ROOT, "   (%.1f s)", group.seconds()));
                } else {
                    rows.add(row(pooled, group.seconds()));
                }
            }
        }
        if (!table) {
            listing.write(writer, Map.of("sets", found.sets().size()), rows);
        }
        writer.flush();
    }

    /** The sets of one folder as aligned together, with the time that took. */
    private record Aligned(String name, List<SetResult> results, double seconds) {
    }

    /** The name of the folder read, for the pooled line of the sets directly in it. */
    private static String folderName(String gold) {
        Path name = Path.of(gold).toAbsolutePath().normalize().getFileName();
        return name == null ? "/" : name.toString();
    }

    /** Each document's scores as listing results. */
    private static List<Map<String, Object>> documentRows(SetResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        GoldSet set = result.set();
        for (int d = 0; d < set.documents().size(); d++) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("set", set.name());
            document.put("document", set.documents().get(d).name());
            document.putAll(scores(result.documentScores().get(d)));
            rows.add(document);
        }
        return rows;
    }

    private static void printDocuments(PrintWriter writer, SetResult result) {
        GoldSet set = result.set();
        for (int d = 0; d < set.documents().size(); d++) {
            Scores s = result.documentScores().get(d);
            writer.printf(Locale.ROOT, "  %-20s %-6s %4s   %.3f %.3f %.3f   %.3f %.3f %.3f%n",
                    set.documents().get(d).name(), "", "", s.precisionStrict(), s.recallStrict(), s.f1Strict(),
                    s.precisionLax(), s.recallLax(), s.f1Lax());
        }
    }

    /** Each document's beads as {@code OUT/SET/DOCUMENT.beads}. */
    private static void writeBeads(Path out, SetResult result) {
        GoldSet set = result.set();
        for (int d = 0; d < set.documents().size(); d++) {
            BeadFormat.write(out.resolve(set.name()).resolve(set.documents().get(d).name() + ".beads"),
                    result.alignments().get(d));
        }
    }

    /**
     * A set's line as a listing result: its scores, the calibration, and the seconds it took to align and score (a
     * pooled line: its group's; a set aligned with others in its group: 0).
     */
    private static Map<String, Object> row(SetResult result, double seconds) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("set", result.set().name());
        row.put("pair", pair(result));
        row.put("documents", result.set().documents().size());
        row.putAll(scores(result.scores()));
        Calibration c = result.calibration();
        row.put("confident", c.confident());
        row.put("confident_precision", c.confidentPrecision());
        row.put("confident_lax_precision", c.confidentLaxPrecision());
        row.put("ece", c.expectedError());
        row.put("ece_lax", c.expectedLaxError());
        row.put("seconds", seconds);
        return row;
    }

    private static Map<String, Object> scores(Scores s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("strict_precision", s.precisionStrict());
        row.put("strict_recall", s.recallStrict());
        row.put("strict_f1", s.f1Strict());
        row.put("lax_precision", s.precisionLax());
        row.put("lax_recall", s.recallLax());
        row.put("lax_f1", s.f1Lax());
        return row;
    }

    private static String pair(SetResult result) {
        GoldSet set = result.set();
        boolean onePair = set.documents().stream().allMatch(d -> d.source().language().equals(set.source())
                && d.target().language().equals(set.target()));
        return onePair ? set.source() + "-" + set.target() : "mixed";
    }

    private static void print(PrintWriter writer, SetResult result, String suffix) {
        Scores s = result.scores();
        Calibration c = result.calibration();
        GoldSet set = result.set();
        writer.printf(Locale.ROOT, "%-22s %-6s %4d   %.3f %.3f %.3f   %.3f %.3f %.3f   %.3f %.3f %-5d %.3f %.3f%s%n",
                set.name(), pair(result), set.documents().size(),
                s.precisionStrict(), s.recallStrict(), s.f1Strict(), s.precisionLax(), s.recallLax(), s.f1Lax(),
                c.confidentPrecision(), c.confidentLaxPrecision(), c.confident(), c.expectedError(), c.expectedLaxError(), suffix);
    }

    private static void printReliability(PrintWriter writer, Calibration calibration) {
        for (Calibration.Bin bin : calibration.bins()) {
            if (bin.beads() > 0) {
                writer.printf(Locale.ROOT, "  confidence %.1f-%.1f  %5d beads  right %.3f  lax %.3f  mean confidence %.3f%n",
                        bin.lower(), bin.lower() + 1.0 / Calibration.BINS, bin.beads(),
                        (double) bin.right() / bin.beads(), (double) bin.laxRight() / bin.beads(),
                        bin.meanConfidence());
            }
        }
    }
}
