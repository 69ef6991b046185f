package org.rosetta.shell;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tab completion typed into the interactive shell in a real terminal (tmux), on a built copy of the shipped corpus:
 * commands, collection names, option values from the usage line, language tags of the workspace, document ids and
 * file names, and the built-in history.
 */
class CompletionIT {

    @TempDir
    static Path root;

    @BeforeAll
    static void workspace() throws Exception {
        assumeTrue(TmuxSession.available(), "tmux is not installed");
        Files.writeString(root.resolve("glossary-terms.csv"), "en,fr\nhuman rights,droits de l'homme\n");
        BuiltWorkspace.at(root);
        System.clearProperty("rosetta.workspace");
    }

    @Test
    void tabCompletesWhatTheWorkspaceHolds() throws Exception {
        try (TmuxSession shell = TmuxSession.start("rosetta-complete-" + ProcessHandle.current().pid(), root)) {
            shell.await("rosetta>", Duration.ofSeconds(60));
            shell.keys("revi", "Tab");
            shell.keys("ud", "Tab");
            shell.keys("--lan", "Tab");
            shell.keys("f", "Tab", "Tab");
            String screen = shell.await("fa", Duration.ofSeconds(10));
            assertThat(screen).contains("review udhr --langs f", "fr").doesNotContain(" de ");
            shell.keys("C-u");
            shell.keys("export udhr --format ", "Tab", "Tab");
            assertThat(shell.await("moses", Duration.ofSeconds(10))).contains("tmx", "csv", "tsv");
            shell.keys("C-u");
            shell.keys("review udhr ud", "Tab");
            shell.await("review udhr udhr", Duration.ofSeconds(10)); // typed "ud"
            shell.keys("C-u");
            shell.keys("import " + root + "/glossary-t", "Tab");
            shell.await("glossary-terms.csv", Duration.ofSeconds(10));
            shell.keys("C-u");
            shell.keys("serach rights", "Enter");
            shell.await("did you mean", Duration.ofSeconds(30));
            shell.keys("collections", "Enter");
            shell.await("corpus/udhr", Duration.ofSeconds(30));
            shell.keys("history", "Enter");
            shell.await("history", Duration.ofSeconds(30));
            Thread.sleep(1000);
            // the last line the history lists is the command before it (this user's earlier sessions come first)
            List<String> lines = shell.screen().lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines.get(lines.size() - 2)).matches("\\s*\\d+  collections");
            Path saved = root.resolve("session.txt");
            shell.keys("history " + saved, "Enter");
            shell.await("command(s) to", Duration.ofSeconds(30));
            // a script that replays the session: no line that would stop it (a command that failed) or that a script
            // cannot run
            assertThat(Files.readAllLines(saved)).contains("collections").doesNotContain("serach rights")
                    .noneMatch(l -> l.equals("quit") || l.equals("exit") || l.startsWith("history"));
            shell.keys("quit", "Enter");
            shell.await("EXIT=0", Duration.ofSeconds(30));
        }
    }
}
