package org.rosetta.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.align.SignalAligner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Our scorer and {@code shared/tools/score.py} give the same figures to 3 decimals on the same aligner output, for
 * every gold set of {@code shared/eval} (beside the clone, as in CI).
 */
class ReferenceScorerIT {

    static final Path SHARED = Path.of("..", "shared");

    @TempDir
    Path out;

    @Test
    void agreesWithScorePyOnEveryGoldSet() throws Exception {
        Path script = SHARED.resolve("tools/score.py");
        assumeTrue(Files.isRegularFile(script), "shared/tools/score.py is not beside this clone");
        List<GoldSet> sets = new GoldSetReader().read(SHARED.resolve("eval"));
        assertThat(sets).extracting(GoldSet::name).contains("textberg-dev", "parice-en-is", "udhr/en-fr");
        for (GoldSet set : sets) {
            SetResult result = new Evaluator(new SignalAligner()).evaluate(set);
            List<String> command = new ArrayList<>(List.of("python3", script.toString(), "-t"));
            List<String> golds = new ArrayList<>(List.of("-g"));
            for (int d = 0; d < set.documents().size(); d++) {
                Path output = out.resolve(set.name().replace('/', '_') + "." + d + ".beads");
                BeadFormat.write(output, result.alignments().get(d));
                command.add(output.toString());
                Path gold = out.resolve(set.name().replace('/', '_') + "." + d + ".gold");
                Files.writeString(gold, String.join("\n", set.documents().get(d).gold().stream()
                        .map(GoldBead::format).toList()) + "\n");
                golds.add(gold.toString());
            }
            command.addAll(golds);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(printed).isZero();
            Scores s = result.scores();
            // score.py prints three decimals rounding half to even (0.8125 -> 0.812): compare the values
            assertRow(printed, set.name(), "precision", s.precisionStrict(), s.precisionLax());
            assertRow(printed, set.name(), "recall", s.recallStrict(), s.recallLax());
            assertRow(printed, set.name(), "f1", s.f1Strict(), s.f1Lax());
        }
    }

    private static void assertRow(String printed, String set, String name, double strict, double lax) {
        String line = printed.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow(
                () -> new AssertionError(set + ": no " + name + " row in\n" + printed));
        String[] fields = line.strip().split("\\s+");
        assertThat(Double.parseDouble(fields[1])).as("%s %s strict", set, name)
                .isCloseTo(strict, org.assertj.core.data.Offset.offset(0.00051));
        assertThat(Double.parseDouble(fields[2])).as("%s %s lax", set, name)
                .isCloseTo(lax, org.assertj.core.data.Offset.offset(0.00051));
    }

}
