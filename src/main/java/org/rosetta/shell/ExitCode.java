package org.rosetta.shell;

/** Process exit statuses of one-shot and script mode. */
enum ExitCode {
    OK(0),
    /** The command ran and failed: bad input file, missing index, I/O error. */
    FAILED(1),
    /** The command line was wrong: unknown command or option, bad value. */
    USAGE(2),
    /** Cancelled by Ctrl-C (128 + SIGINT, as shells report it). */
    CANCELLED(130);

    final int status;

    ExitCode(int status) {
        this.status = status;
    }
}
