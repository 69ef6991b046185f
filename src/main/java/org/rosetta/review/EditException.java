package org.rosetta.review;

import org.rosetta.model.RosettaException;

/** An edit that cannot be made as asked (no such unit, a sentence not at a unit's edge); exit status 2. */
public final class EditException extends RosettaException {

    public EditException(String message) {
        super(Kind.USAGE, message);
    }
}
