package org.rosetta.shell;

import org.rosetta.model.RosettaException;

/**
 * Some of the items a command works through (a build's documents or collections, the files of a folder it reads)
 * failed, each said on a 'failed:' line, and the rest were done. Exit status 1.
 */
final class PartlyFailedException extends RosettaException {

    PartlyFailedException(String message) {
        super(Kind.INPUT, message);
    }
}
