package org.rosetta.shell;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import java.nio.file.Path;
import java.util.List;

/**
 * Chooses the mode from the process arguments: none opens the interactive shell (JLine: history, completion);
 * {@code @FILE} runs a script; anything else is one command. Replaces Spring Shell's own runner, which joins
 * arguments with spaces and exits 0 on errors.
 */
final class ModeRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<InteractiveShell> interactive;
    private final ObjectProvider<CommandRunner> commands;
    private ExitCode exit = ExitCode.OK;

    ModeRunner(ObjectProvider<InteractiveShell> interactive, ObjectProvider<CommandRunner> commands) {
        this.interactive = interactive;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        List<String> words = List.of(arguments.getSourceArgs());
        if (words.isEmpty()) {
            interactive.getObject().run();
        } else {
            exit = nonInteractive(words, commands.getObject());
        }
    }

    /** {@code @FILE} runs a script, anything else is one command. */
    static ExitCode nonInteractive(List<String> words, CommandRunner commands) {
        if (words.size() == 1 && words.getFirst().startsWith("@")) {
            return commands.runScript(Path.of(words.getFirst().substring(1)));
        }
        return commands.runArguments(words);
    }

    @Override
    public int getExitCode() {
        return exit.status;
    }
}
