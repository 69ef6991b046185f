package org.rosetta.shell;

import org.rosetta.files.AtomicFile;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell's own commands beside {@code help}: {@code history} and {@code clear}, with usage lines as every other
 * command has ({@code quit} is the line the interactive loop and scripts stop at). Each does what its help says in
 * every mode, or refuses in one line.
 */
final class SessionCommands {

    private SessionCommands() {
    }

    /** A command of the shell's own group, named and described by its constructor. */
    abstract static class Builtin implements Command {

        private final String name;
        private final String description;
        private final String usage;

        Builtin(String name, String description, String usage) {
            this.name = name;
            this.description = description;
            this.usage = usage;
        }

        @Override
        public final String getName() {
            return name;
        }

        @Override
        public final String getDescription() {
            return description;
        }

        @Override
        public final String getGroup() {
            return "Shell";
        }

        @Override
        public final String getHelp() {
            return usage;
        }
    }

    /**
     * {@code history [FILE]}: the shell's lines (this user's earlier sessions first), numbered, or saved to FILE as a
     * script for {@code rosetta @FILE} (without {@code quit}, {@code exit} and {@code history} lines, nor the commands
     * of this session that failed, at which the script would stop).
     */
    static final class History extends Builtin {

        private final InteractiveTerminal session;
        private final org.rosetta.corpus.Workspace workspace;

        History(InteractiveTerminal session, org.rosetta.corpus.Workspace workspace) {
            super("history", "List the commands typed in the shell, oldest first (kept across sessions in"
                    + " ~/.config/rosetta/history), or save them to FILE, one per line, for 'rosetta @FILE'",
                    "history [FILE]");
            this.session = session;
            this.workspace = workspace;
        }

        @Override
        public ExitStatus execute(CommandContext context) {
            org.jline.reader.History history = session.history().orElseThrow(() -> new UsageException(
                    "history lists what was typed in the interactive shell; start it with 'rosetta' (one-shot"
                            + " commands and scripts have none)"));
            List<String> lines = new ArrayList<>();
            history.forEach(entry -> lines.add(entry.line()));
            if (!lines.isEmpty() && lines.getLast().strip().startsWith("history")) {
                lines.removeLast(); // this very command
            }
            List<CommandArgument> arguments = context.parsedInput().arguments();
            PrintWriter out = context.outputWriter();
            if (arguments.isEmpty()) {
                for (int i = 0; i < lines.size(); i++) {
                    out.printf("%5d  %s%n", i + 1, lines.get(i));
                }
            } else {
                Path file = workspace.layout().checkOutput(Path.of(arguments.getFirst().value()),
                        "history FILE");
                // a script replays what was done: not the lines that end a session or list the history, nor the
                // commands of this session that failed, at which the script would stop
                lines.removeIf(line -> List.of("quit", "exit").contains(line.strip())
                        || line.strip().startsWith("history") || session.hasFailed(line));
                try (AtomicFile atomic = AtomicFile.replacing(file); java.io.Writer writer = atomic.writer()) {
                    for (String line : lines) {
                        writer.write(line);
                        writer.write('\n');
                    }
                    writer.flush();
                    atomic.commit();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
                }
                out.println("wrote " + lines.size() + " command(s) to " + file);
            }
            out.flush();
            return ExitStatus.OK;
        }
    }

    /** {@code clear}: clears a terminal; writes nothing when output is piped, so no escape codes reach a file. */
    static final class Clear extends Builtin {

        private final boolean tty;

        /** {@code tty}: standard output is a terminal (the launcher's {@code -Drosetta.tty}). */
        Clear(boolean tty) {
            super("clear", "Clear the terminal screen (nothing when output goes to a pipe or a file)", "clear");
            this.tty = tty;
        }

        @Override
        public ExitStatus execute(CommandContext context) {
            if (tty) {
                PrintWriter out = context.outputWriter();
                out.print("\u001b[H\u001b[2J");
                out.flush();
            }
            return ExitStatus.OK;
        }
    }

    /**
     * {@code quit} (or {@code exit}): the interactive loop and scripts stop at this line before running it; run as
     * a one-shot command it has nothing to leave and succeeds.
     */
    static final class Quit extends Builtin {

        Quit() {
            super("quit", "Leave the shell; in a script, stop there (exit status 0)", "quit");
        }

        @Override
        public List<String> getAliases() {
            return List.of("exit");
        }

        @Override
        public ExitStatus execute(CommandContext context) {
            return ExitStatus.OK;
        }
    }
}
