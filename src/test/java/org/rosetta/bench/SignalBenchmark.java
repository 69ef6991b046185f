package org.rosetta.bench;

import org.rosetta.align.AlignerSettings;
import org.rosetta.align.Signal;
import org.rosetta.align.SignalAligner;
import org.rosetta.eval.Evaluator;
import org.rosetta.eval.GoldSet;
import org.rosetta.eval.GoldSetReader;
import org.rosetta.eval.Scores;
import org.rosetta.eval.SetResult;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each signal is worth: strict F1 (lax for the paragraph-level UDHR sets) on every gold set of a folder
 * (default {@code ../shared/eval}), with the default signals, with each switched off, and with punctuation on.
 */
public final class SignalBenchmark {

    public static void main(String[] args) {
        List<GoldSet> sets = new GoldSetReader().read(Path.of(args.length > 0 ? args[0] : "../shared/eval"));
        Map<String, AlignerSettings> configurations = new LinkedHashMap<>();
        configurations.put("defaults", AlignerSettings.defaults());
        for (Signal signal : Signal.values()) {
            if (AlignerSettings.defaults().uses(signal)) {
                configurations.put("-" + signal.name().toLowerCase(Locale.ROOT),
                        AlignerSettings.defaults().without(signal));
            }
        }
        configurations.put("+punctuation", AlignerSettings.defaults().with(Signal.PUNCTUATION));
        System.out.printf(Locale.ROOT, "%-14s", "signals");
        sets.forEach(set -> System.out.printf(Locale.ROOT, " %13s", set.name().replace("udhr/", "udhr ")));
        System.out.println();
        configurations.forEach((name, settings) -> {
            System.out.printf(Locale.ROOT, "%-14s", name);
            Evaluator evaluator = new Evaluator(new SignalAligner(settings));
            List<SetResult> results = Evaluator.byFolder(sets).values().stream()
                    .flatMap(group -> evaluator.evaluateAll(group).stream()).toList();
            for (SetResult result : results) {
                GoldSet set = result.set();
                Scores scores = result.scores();
                boolean paragraphGold = set.name().startsWith("udhr");
                System.out.printf(Locale.ROOT, " %9.3f %s", paragraphGold ? scores.f1Lax() : scores.f1Strict(),
                        paragraphGold ? "lax" : "   ");
            }
            System.out.println();
        });
    }

    private SignalBenchmark() {
    }
}
