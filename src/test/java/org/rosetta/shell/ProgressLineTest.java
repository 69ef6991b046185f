package org.rosetta.shell;

import org.junit.jupiter.api.Test;
import org.rosetta.corpus.BuildStep;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private void build(ProgressLine progress) {
        for (int d = 0; d < 3; d++) {
            progress.accept(new BuildStep("water", BuildStep.Stage.READING, d, 3));
        }
        progress.accept(new BuildStep("water", BuildStep.Stage.ALIGNING, 0, 3));
        progress.accept(new BuildStep("water", BuildStep.Stage.WRITING, 3, 3));
        progress.accept(new BuildStep("water", BuildStep.Stage.DONE, 40, 40));
        progress.finish();
    }

    @Test
    void onATerminalOneLineIsRewrittenAndClearedAtTheEnd() {
        build(new ProgressLine(err, ProgressLine.Mode.TERMINAL));
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("\r\u001b[Kwater: reading 1 of 3 documents")
                .contains("\r\u001b[Kwater: reading 3 of 3 documents, ").contains("s left")
                .contains("water: aligning 3 documents").doesNotContain("\n").endsWith("\r\u001b[K");
    }

    @Test
    void inALogAPlainLineAtMostEveryFewSeconds() {
        build(new ProgressLine(err, ProgressLine.Mode.LOG));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("water: reading 1 of 3 documents"
                + System.lineSeparator()).doesNotContain("\u001b");
    }

    @Test
    void quietMeansNothing() {
        build(new ProgressLine(err, ProgressLine.Mode.QUIET));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void itemsOfOtherJobsCountRateAndTimeLeft() {
        ProgressLine progress = new ProgressLine(err, ProgressLine.Mode.TERMINAL);
        for (int i = 0; i < 3; i++) {
            progress.item("eval", "short-udhr/en-fa", i, 3);
        }
        progress.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\r\u001b[Keval: short-udhr/en-fa (1 of 3)")
                .contains("eval: short-udhr/en-fa (3 of 3), ").contains("s left").doesNotContain("\n")
                .endsWith("\r\u001b[K");
    }

    @Test
    void aCountWithoutATotalInALogIsAPlainLine() {
        ProgressLine progress = new ProgressLine(err, ProgressLine.Mode.LOG);
        progress.count("import memory", "units", 1_000);
        progress.count("import memory", "units", 2_000);
        progress.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("import memory: 1,000 units"
                + System.lineSeparator());
    }
}
