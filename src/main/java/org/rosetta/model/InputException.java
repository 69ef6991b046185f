package org.rosetta.model;

/** Input that cannot be read as a document; the message names the file and the reason, on one line. */
public final class InputException extends RosettaException {

    public InputException(String message) {
        super(Kind.INPUT, message);
    }

    public InputException(String message, Throwable cause) {
        super(Kind.INPUT, message, cause);
    }
}
