package org.rosetta.shell;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.TestData;
import org.rosetta.tmx.TmxReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        assumeTrue(run("tmux", "-V") == 0, "tmux is not installed");
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

    @AfterAll
    static void stop() throws Exception {
        run("tmux", "kill-session", "-t", SESSION);
    }

    @Test
    void ctrlCClearsTheLineCancelsTheCommandAndKeepsTheShell() throws Exception {
        start(SESSION);
        awaitPane("rosetta>", Duration.ofSeconds(60));
        keys("sear");
        keys("C-c");
        keys("build --all", "Enter");
        Thread.sleep(1500);
        keys("C-c");
        awaitPane("error: cancelled", Duration.ofSeconds(60));
        keys("search rights --limit 1", "Enter");
        awaitPane("1. ", Duration.ofSeconds(30));
        keys("quit", "Enter");
        awaitPane("EXIT=0", Duration.ofSeconds(30));
        assertOutputsWhole();
    }

    @Test
    void ctrlCInOneShotModeExits130() throws Exception {
        String session = SESSION + "-one";
        try {
            start(session, "build", "--all");
            Thread.sleep(2500);
            run("tmux", "send-keys", "-t", session, "C-c");
            awaitPane(session, "EXIT=130", Duration.ofSeconds(60));
        } finally {
            run("tmux", "kill-session", "-t", session);
        }
        assertOutputsWhole();
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

    private static void start(String session, String... arguments) throws Exception {
        String command = TestData.rosetta(workspace, arguments).command().stream().map(word -> "'" + word + "'")
                .collect(java.util.stream.Collectors.joining(" ")) + "; echo EXIT=$?; sleep 60";
        assertThat(run("tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "50", command)).isZero();
    }

    private static void keys(String... keys) throws Exception {
        String[] command = Stream.concat(Stream.of("tmux", "send-keys", "-t", SESSION), Stream.of(keys))
                .toArray(String[]::new);
        run(command);
        Thread.sleep(300);
    }

    private static void awaitPane(String text, Duration timeout) throws Exception {
        awaitPane(SESSION, text, timeout);
    }

    private static void awaitPane(String session, String text, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String pane = "";
        while (Instant.now().isBefore(deadline)) {
            pane = capture(session);
            if (pane.contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + text + "' did not appear; the pane shows:\n" + pane);
    }

    private static String capture(String session) throws Exception {
        Process process = new ProcessBuilder("tmux", "capture-pane", "-p", "-S", "-200", "-t", session)
                .redirectErrorStream(true).start();
        String pane = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return pane;
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
