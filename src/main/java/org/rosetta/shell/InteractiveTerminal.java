package org.rosetta.shell;

import java.util.Optional;

/**
 * The terminal and line history of the interactive shell, for the commands that read single keys ({@code review
 * --next}) and {@code history}; empty in one-shot and script mode, where there is no one to press them. Thread-safe.
 */
final class InteractiveTerminal {

    private volatile org.jline.terminal.Terminal terminal;

    void attach(org.jline.terminal.Terminal interactive) {
        this.terminal = interactive;
    }

    Optional<org.jline.terminal.Terminal> get() {
        return Optional.ofNullable(terminal);
    }

    private volatile org.jline.reader.History history;
    /** The lines of this session whose command failed the last time it ran. */
    private final java.util.Set<String> failed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The shell's line history, once the interactive loop runs. */
    void attachHistory(org.jline.reader.History lines) {
        this.history = lines;
    }

    Optional<org.jline.reader.History> history() {
        return Optional.ofNullable(history);
    }

    /** How a line typed in this session ran, the last time. */
    void ran(String line, ExitCode code) {
        if (code == ExitCode.OK) {
            failed.remove(line.strip());
        } else {
            failed.add(line.strip());
        }
    }

    /**
     * Whether a command typed as {@code line} failed the last time it ran in this session (a line typed the same in
     * an earlier session counts as this one's); a line this session did not run has not failed.
     */
    boolean hasFailed(String line) {
        return failed.contains(line.strip());
    }
}
