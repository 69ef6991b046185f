package org.rosetta.tmx;

/** A TMX file that cannot be read or written; the message names the file and, where known, line and column. */
public final class TmxException extends RuntimeException {

    public TmxException(String message) {
        super(message);
    }

    public TmxException(String message, Throwable cause) {
        super(message, cause);
    }
}
