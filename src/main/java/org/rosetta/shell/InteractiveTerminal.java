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

    /** The shell's line history, once the interactive loop runs. */
    void attachHistory(org.jline.reader.History lines) {
        this.history = lines;
    }

    Optional<org.jline.reader.History> history() {
        return Optional.ofNullable(history);
    }

    /** The lines typed in this session whose command failed (a usage error, a file it could not read). */
    private final java.util.Set<String> failed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void failed(String line) {
        failed.add(line.strip());
    }

    /** Whether a command typed in this session as {@code line} failed; a line of an earlier session is not known. */
    boolean hasFailed(String line) {
        return failed.contains(line.strip());
    }
}
