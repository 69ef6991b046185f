package org.rosetta.ingest;

/** Input that cannot be read as a document; the message names the file and the reason, on one line. */
public final class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
