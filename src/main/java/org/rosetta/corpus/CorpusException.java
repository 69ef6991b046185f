package org.rosetta.corpus;

import org.rosetta.model.RosettaException;

/** A corpus or workspace that cannot be used as asked; the message names the folder, file or collection. */
public final class CorpusException extends RosettaException {

    /** A corpus that does not follow the layout, or a collection that is not there. */
    public CorpusException(String message) {
        super(Kind.INPUT, message);
    }

    public CorpusException(Kind kind, String message) {
        super(kind, message);
    }
}
