package org.rosetta.shell;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.springframework.shell.jline.PromptProvider;

/**
 * The interactive shell's loop, on Spring Shell's JLine reader (history, completion): each line runs through the
 * same parser and error reporting as one-shot mode. Ctrl-C at the prompt clears the line; during a command it
 * cancels the command (which stops at its next step, leaving earlier outputs intact) and the shell goes on.
 * Ctrl-D, {@code quit} or {@code exit} leave. Not thread-safe: one loop per terminal.
 */
final class InteractiveShell {

    private final LineReader reader;
    private final PromptProvider prompt;
    private final CommandRunner commands;
    private final InteractiveTerminal keys;

    private final org.jline.reader.Completer completion;

    InteractiveShell(LineReader reader, PromptProvider prompt, CommandRunner commands, InteractiveTerminal keys,
                     org.jline.reader.Completer completion) {
        this.completion = completion;
        this.reader = reader;
        this.prompt = prompt;
        this.commands = commands;
        this.keys = keys;
    }

    void run() {
        Terminal terminal = reader.getTerminal();
        keys.attach(terminal);
        keys.attachHistory(reader.getHistory());
        if (completion != null && reader instanceof org.jline.reader.impl.LineReaderImpl impl) {
            impl.setCompleter(completion);
        }
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt.getPrompt().toAnsi(terminal)).strip();
            } catch (UserInterruptException cleared) {
                continue;
            } catch (EndOfFileException end) {
                return;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("quit") || line.equals("exit")) {
                return;
            }
            runCancellably(terminal, line);
        }
    }

    /** Runs the line on its own thread, which Ctrl-C interrupts; waits for it to stop either way. */
    private void runCancellably(Terminal terminal, String line) {
        Thread worker = Thread.ofPlatform().name("rosetta-command")
                .start(() -> keys.ran(line, commands.runLine(line)));
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> worker.interrupt());
        try {
            boolean interrupted = false;
            while (worker.isAlive()) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }
}
