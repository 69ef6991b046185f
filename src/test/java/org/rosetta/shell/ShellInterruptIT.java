package org.rosetta.shell;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.TestData;
import org.rosetta.tmx.TmxReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Ctrl-C in the interactive shell, typed into a real terminal (tmux): it clears a half-typed line, cancels a
 * running build and keeps the shell, whose outputs stay whole and searchable. In one-shot mode it stops the
 * command with exit status 130.
 */
class ShellInterruptIT {

    @TempDir
    static Path root;
    static Path workspace;
    static final String SESSION = "rosetta-it-" + ProcessHandle.current().pid();

    @BeforeAll
    static void workspace() throws Exception {
        assumeTrue(TmuxSession.available(), "tmux is not installed");
        workspace = root.resolve("ws");
        TestData.copyCorpus(workspace);
        TestData.addUdhrCopies(workspace, 5); // enough work that a build is still running when Ctrl-C comes
        System.setProperty("rosetta.workspace", workspace.toString());
        try {
            assertThat(RosettaApplication.run(new String[] {"build"})).isZero();
        } finally {
            System.clearProperty("rosetta.workspace");
        }
    }

    @Test
    void ctrlCClearsTheLineCancelsTheCommandAndKeepsTheShell() throws Exception {
        try (TmuxSession shell = TmuxSession.start(SESSION, workspace)) {
            shell.await("rosetta>", Duration.ofSeconds(60));
            shell.keys("sear");
            shell.keys("C-c");
            shell.keys("build --all", "Enter");
            Thread.sleep(1500);
            shell.keys("C-c");
            shell.await("error: cancelled", Duration.ofSeconds(60));
            shell.keys("search rights --limit 1", "Enter");
            shell.await("1. ", Duration.ofSeconds(30));
            shell.keys("quit", "Enter");
            shell.await("EXIT=0", Duration.ofSeconds(30));
        }
        assertOutputsWhole();
    }

    @Test
    void ctrlCInOneShotModeExits130() throws Exception {
        try (TmuxSession oneShot = TmuxSession.start(SESSION + "-one", workspace, "build", "--all")) {
            Thread.sleep(2500);
            oneShot.keys("C-c");
            oneShot.await("EXIT=130", Duration.ofSeconds(60));
        }
        assertOutputsWhole();
    }

    /** On a terminal a build shows one line of progress, rewritten in place, and clears it when done. */
    @Test
    void aBuildShowsProgressOnATerminalAndClearsIt() throws Exception {
        try (TmuxSession build = TmuxSession.startAsLauncher(SESSION + "-progress", workspace, "build", "--all")) {
            String during = build.await("documents", Duration.ofSeconds(60));
            assertThat(during).containsPattern("(reading \\d+ of \\d+|aligning \\d+) documents");
            String after = build.await("EXIT=0", Duration.ofSeconds(120));
            assertThat(after).contains("built, 0 unchanged").doesNotContain("reading ").doesNotContain("aligning ");
        }
    }

    private static void assertOutputsWhole() throws IOException {
        try (Stream<Path> files = Files.list(workspace.resolve("tmx"))) {
            for (Path tmx : files.filter(f -> f.toString().endsWith(".tmx")).toList()) {
                int[] units = new int[1];
                TmxReader.readTranslationUnits(tmx, unit -> units[0]++);
                assertThat(units[0]).as("%s", tmx).isPositive();
            }
        }
    }
}
