package org.rosetta.shell;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where warnings and per-item failures go: standard error, in UTF-8, flushed per line, so standard output carries
 * only results a script reads.
 */
final class Diagnostics {

    private final PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);

    void warning(String line) {
        err.println("warning: " + line);
    }

    /** A remark about the result, not a result: "no match for X". */
    void note(String line) {
        err.println(line);
    }

    void failed(String line) {
        err.println("failed: " + line);
    }
}
