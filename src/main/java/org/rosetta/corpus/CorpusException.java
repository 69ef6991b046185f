package org.rosetta.corpus;

/** A corpus that does not follow the layout; the message names the folder or file. */
public final class CorpusException extends RuntimeException {

    public CorpusException(String message) {
        super(message);
    }
}
