package org.rosetta.shell;

import org.rosetta.TestData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rosetta in a real terminal: a detached tmux session running the command line on a workspace, keys sent as a
 * person types them, and the screen read back. The pane prints {@code EXIT=N} when Rosetta ends.
 */
final class TmuxSession implements AutoCloseable {

    private final String name;

    private TmuxSession(String name) {
        this.name = name;
    }

    static boolean available() {
        return run("tmux", "-V") == 0;
    }

    /** Starts {@code rosetta ARGUMENTS} (the interactive shell when there are none) on {@code workspace}. */
    static TmuxSession start(String name, Path workspace, String... arguments) {
        return start(name, workspace, List.of(), arguments);
    }

    /**
     * As {@link #start(String, Path, String...)}, with the properties the launcher sets when standard output and
     * error are a terminal ({@code rosetta.tty}, {@code rosetta.errtty}), as they are in tmux.
     */
    static TmuxSession startAsLauncher(String name, Path workspace, String... arguments) {
        return start(name, workspace, List.of("-Drosetta.tty=true", "-Drosetta.errtty=true"), arguments);
    }

    private static TmuxSession start(String name, Path workspace, List<String> properties, String... arguments) {
        List<String> words = new java.util.ArrayList<>(TestData.rosetta(workspace, arguments).command());
        words.addAll(1, properties);
        // the shell's history goes to the user's config folder: a test's lines stay in its workspace
        words.add(1, "-Duser.home=" + workspace);
        String command = "XDG_CONFIG_HOME='" + workspace.resolve(".config") + "' " + words.stream()
                .map(word -> "'" + word + "'").collect(Collectors.joining(" ")) + "; echo EXIT=$?; sleep 60";
        if (run("tmux", "new-session", "-d", "-s", name, "-x", "160", "-y", "50", command) != 0) {
            throw new IllegalStateException("tmux could not start " + name);
        }
        return new TmuxSession(name);
    }

    /** Sends keys as tmux names them ({@code Enter}, {@code Tab}, {@code C-c}) or as literal text. */
    void keys(String... keys) throws InterruptedException {
        run(Stream.concat(Stream.of("tmux", "send-keys", "-t", name, "--"), Stream.of(keys)).toArray(String[]::new));
        Thread.sleep(300);
    }

    /** Waits until the screen shows {@code text}; fails with the screen when it does not in time. */
    String await(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String pane = "";
        while (Instant.now().isBefore(deadline)) {
            pane = screen();
            if (pane.contains(text)) {
                return pane;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + text + "' did not appear; the pane shows:\n" + pane);
    }

    String screen() {
        try {
            Process process = new ProcessBuilder("tmux", "capture-pane", "-p", "-S", "-200", "-t", name)
                    .redirectErrorStream(true).start();
            String pane = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return pane;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public void close() {
        run("tmux", "kill-session", "-t", name);
    }

    static int run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
