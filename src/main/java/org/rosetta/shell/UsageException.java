package org.rosetta.shell;

import org.rosetta.model.RosettaException;

/** A command line that does not fit the command: unknown command or option, missing value. Exit status 2. */
final class UsageException extends RosettaException {

    UsageException(String message) {
        super(Kind.USAGE, message);
    }
}
