package org.rosetta.tmx;

import org.rosetta.model.RosettaException;

/** A TMX file that cannot be read or written; the message names the file and, where known, line and column. */
public final class TmxException extends RosettaException {

    public TmxException(String message) {
        super(Kind.INPUT, message);
    }

    public TmxException(String message, Throwable cause) {
        super(Kind.INPUT, message, cause);
    }
}
