package org.rosetta.shell;

/** A command line that does not fit the command: unknown command or option, missing value. Exit status 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
