package org.rosetta.corpus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.TestData;
import org.rosetta.query.SearchRequest;
import org.rosetta.query.UnitIndex;
import org.rosetta.query.UnitSearcher;
import org.rosetta.tmx.TmxReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers as separate processes, as users start them: a second writer is refused in one line while the first
 * holds the workspace, and builds killed (SIGKILL) at random moments never leave an unreadable TMX, an index that
 * errs, or leftovers after the next build.
 */
class WritersIT {

    @TempDir
    static Path root;
    static Path workspace;

    @BeforeAll
    static void workspace() throws IOException {
        workspace = root.resolve("ws");
        TestData.copyCorpus(workspace);
        TestData.addUdhrCopies(workspace, 3); // so that a build takes long enough to be killed midway
    }

    @Test
    void aSecondWriterProcessIsRefusedInOneLineNamingTheHolder() throws Exception {
        WorkspaceLayout layout = WorkspaceLayout.under(workspace);
        Process child;
        String stderr;
        try (WorkspaceLock held = WorkspaceLock.acquire(layout)) {
            child = TestData.rosetta(workspace, "build").start();
            child.getOutputStream().close();
            child.getInputStream().readAllBytes();
            stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(1);
        assertThat(stderr).isEqualTo("error: " + layout.tmx() + " is being written by another rosetta, pid "
                + ProcessHandle.current().pid() + "; wait or retry\n");
    }

    @Test
    void twoBuildsAtOnceEitherWorkOrOneIsRefusedNeverALuceneError() throws Exception {
        Process first = TestData.rosetta(workspace, "build", "--all").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Process second = TestData.rosetta(workspace, "build", "--all").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        for (Process process : List.of(first, second)) {
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
            if (process.exitValue() != 0) {
                assertThat(process.exitValue()).isEqualTo(1);
                assertThat(stderr).contains("is being written by another rosetta").hasLineCount(1);
            }
        }
        assertReadable();
    }

    @Test
    void buildsKilledAtRandomMomentsLeaveEveryOutputReadableAndTheNextBuildCleansUp() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> killedAfter = new ArrayList<>();
        for (int kill = 0; kill < 20; kill++) {
            Process build = TestData.rosetta(workspace, "build", "--all")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            long wait = 300 + random.nextInt(2_700);
            build.waitFor(wait, TimeUnit.MILLISECONDS);
            build.destroyForcibly().waitFor();
            killedAfter.add(wait);
            assertReadable();
        }
        assertThat(new Workspace(WorkspaceLayout.under(workspace)).build(BuildOptions.defaults(), line -> { })
                .failures()).as("seed %d, kills after %s ms", seed, killedAfter).isEmpty();
        try (Stream<Path> files = Files.walk(workspace.resolve("tmx"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".part") || n.endsWith(".building") || n.endsWith(".old"));
        }
    }

    /** Every TMX parses and every collection's index answers a search. */
    private static void assertReadable() throws IOException {
        Path tmx = workspace.resolve("tmx");
        if (!Files.isDirectory(tmx)) {
            return;
        }
        try (Stream<Path> files = Files.list(tmx)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tmx")).toList()) {
                int[] units = new int[1];
                TmxReader.readTranslationUnits(file, unit -> units[0]++);
                assertThat(units[0]).as("%s", file).isPositive();
            }
        }
        if (Files.isDirectory(tmx.resolve("index"))) {
            try (UnitIndex index = UnitIndex.open(tmx.resolve("index"))) {
                assertThat(new UnitSearcher(index).search(new SearchRequest("rights", Optional.empty(), 0, 5)))
                        .isNotEmpty();
            }
        }
    }
}
