package org.rosetta.model;

/**
 * A failure the user is told about in one line: the message names the file, option or collection concerned, and
 * the {@link Kind} decides the exit status. Anything else thrown is an internal error.
 */
public class RosettaException extends RuntimeException {

    /** What went wrong, which decides how it is reported. */
    public enum Kind {
        /** The command line was wrong: unknown option, value out of its range, bad collection name. */
        USAGE,
        /** A file cannot be read as what it claims to be: malformed XML, binary text, no body text. */
        INPUT,
        /** The file system refused: cannot read, write or move. */
        IO,
        /** Another process holds what is needed (the workspace's write lock), or a target is not ours to replace. */
        CONFLICT,
        /** The user cancelled the command (Ctrl-C); what it had not finished writing was left out. */
        CANCELLED,
        /** A fault of Rosetta itself. */
        INTERNAL
    }

    /**
     * Throws {@link Kind#CANCELLED} when the current thread has been interrupted (Ctrl-C in the shell). Long
     * loops call it between steps, so a cancelled command stops at the next one and its temporary files go.
     */
    public static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new RosettaException(Kind.CANCELLED, "cancelled");
        }
    }

    private final Kind kind;

    public RosettaException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RosettaException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public final Kind kind() {
        return kind;
    }
}
