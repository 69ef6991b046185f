package org.rosetta.shell;

import org.rosetta.TestData;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A copy of the shipped corpus under a test's folder, built through the command line, as the workspace. */
final class BuiltWorkspace {

    private BuiltWorkspace() {
    }

    /**
     * Copies the shipped corpus under {@code root}, makes it the workspace ({@code rosetta.workspace}, left set for
     * the test; clear it when done) and runs {@code build --quiet}, its output captured.
     */
    static void at(Path root) throws Exception {
        TestData.copyCorpus(root);
        System.setProperty("rosetta.workspace", root.toString());
        StandardStreams streams = new StandardStreams();
        try {
            assertThat(RosettaApplication.run(new String[] {"build", "--quiet"})).isZero();
        } finally {
            streams.restore();
        }
    }
}
