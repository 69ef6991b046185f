package org.rosetta.shell;

import org.rosetta.corpus.Workspace;
import org.rosetta.corpus.WorkspaceLayout;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every Rosetta command, for both modes: one-shot and script mode use this registry without a Spring context (they
 * start in a fraction of the time an application context takes: its configuration parsing and condition
 * evaluation alone cost more than the whole command), and the interactive shell's Spring application takes the
 * same registry as its bean ({@link ShellConfiguration}), so both run the same command objects. They are made here
 * with what they need (the workspace, the terminal style, the interactive terminal, which stays empty outside the
 * shell); each {@code @Command} method becomes a {@link MethodCommand} with the names, groups and options Spring
 * Shell's own factory would give it ({@code MethodCommandTest} checks they agree).
 */
final class CommandCatalogue {

    private CommandCatalogue() {
    }

    /** A runner of one-shot commands and scripts in the workspace and terminal the process was started with. */
    static CommandRunner runner() {
        Logging.quiet();
        CommandRegistry registry = registry(workspace(), Terminal.ofProcess(), new InteractiveTerminal());
        return CommandRunner.onStandardStreams(new ArgumentParser(registry), registry);
    }

    /** The current folder; {@code -Drosetta.workspace=DIR} names another (the launcher never sets it; tests do). */
    static Workspace workspace() {
        return new Workspace(WorkspaceLayout.under(Path.of(System.getProperty("rosetta.workspace", ""))
                .toAbsolutePath()));
    }

    /** The registry of every command, the shell's own ones included. */
    static CommandRegistry registry(Workspace workspace, Terminal terminal, InteractiveTerminal keys) {
        Set<Command> commands = new LinkedHashSet<>();
        for (Object holder : List.of(new AlignCommands(workspace), new BuildCommands(workspace), new EvalCommands(),
                new ExchangeCommands(workspace), new QaCommands(workspace, terminal),
                new QueryCommands(workspace, terminal), new ReportCommands(workspace),
                new ReviewCommands(workspace, terminal, keys), new SegmentCommands())) {
            commands.addAll(commandsOf(holder));
        }
        commands.addAll(builtins(keys, workspace));
        return new CommandRegistry(commands);
    }

    /** The shell's own commands ({@code help}, {@code history}, {@code clear}, {@code quit}), in both modes. */
    static List<Command> builtins(InteractiveTerminal keys, Workspace workspace) {
        return List.of(new HelpCommand(), new SessionCommands.History(keys, workspace),
                new SessionCommands.Clear(Boolean.getBoolean("rosetta.tty")), new SessionCommands.Quit());
    }

    /**
     * The {@code @Command} methods of {@code holder} as commands (in no particular order: {@code help} sorts). A
     * parameter {@link MethodCommand} cannot bind is refused when the command's options are first read
     * ({@code MethodCommandTest} reads every command's).
     */
    static List<Command> commandsOf(Object holder) {
        List<Command> commands = new ArrayList<>();
        for (Method method : holder.getClass().getDeclaredMethods()) {
            // read as written, not merged (Spring's merged annotations cost a tenth of a second on start): our
            // commands name their attributes
            org.springframework.shell.core.command.annotation.Command annotation = method.getAnnotation(
                    org.springframework.shell.core.command.annotation.Command.class);
            if (annotation != null) {
                commands.add(new MethodCommand(annotation, method, holder));
            }
        }
        return commands;
    }
}
