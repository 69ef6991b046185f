package org.rosetta.shell;

import org.rosetta.align.AlignerSettings;
import org.rosetta.align.SignalAligner;
import org.rosetta.eval.BeadFormat;
import org.rosetta.eval.Evaluator;
import org.rosetta.eval.GoldSet;
import org.rosetta.eval.GoldSetReader;
import org.rosetta.eval.Scores;
import org.rosetta.eval.SetResult;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code eval}: align gold sets and score the result. */
@Component
final class EvalCommands {

    @Command(name = "eval", help = "eval --gold DIR [--out DIR] [--with SIGNAL,...] [--without SIGNAL,...] [--dictionary FILE]", group = "Align",
            description = "Align every gold set under a folder and print strict and lax precision, recall and F1")
    void eval(CommandContext context,
              @Option(longName = "gold", required = true, description = "a folder of gold sets (e.g. ../shared/eval)")
              String gold,
              @Option(longName = "out", description = "also write each document's beads there (bead format)")
              String out,
              @Option(longName = "without", description = "signals to switch off, e.g. lexicon,cognates")
              String without,
              @Option(longName = "with", description = "signals to switch on, e.g. punctuation") String with,
              @Option(longName = "dictionary", description = "a bilingual word list, CSV or TSV") String dictionary) {
        List<GoldSet> sets = new GoldSetReader().read(Path.of(gold));
        AlignerSettings settings = SignalOptions.settings(with, without, dictionary);
        Evaluator evaluator = new Evaluator(new SignalAligner(settings));
        PrintWriter writer = context.outputWriter();
        writer.printf(Locale.ROOT, "%-22s %-6s %4s   %-17s   %-17s%n", "set", "pair", "docs", "strict P / R / F1",
                "lax P / R / F1");
        for (GoldSet set : sets) {
            long start = System.nanoTime();
            SetResult result = evaluator.evaluate(set);
            Scores s = result.scores();
            writer.printf(Locale.ROOT, "%-22s %-6s %4d   %.3f %.3f %.3f   %.3f %.3f %.3f   (%.1f s)%n", set.name(),
                    set.source() + "-" + set.target(), set.documents().size(), s.precisionStrict(),
                    s.recallStrict(), s.f1Strict(), s.precisionLax(), s.recallLax(), s.f1Lax(),
                    (System.nanoTime() - start) / 1e9);
            if (out != null) {
                for (int d = 0; d < set.documents().size(); d++) {
                    BeadFormat.write(Path.of(out, set.name(), set.documents().get(d).name() + ".beads"),
                            result.alignments().get(d));
                }
            }
            writer.flush();
        }
    }
}
