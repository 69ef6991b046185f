package org.rosetta.shell;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rosetta.TestData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collection names and output paths as an attacker or a careless user types them, through the real command line:
 * each is refused in one line with exit status 2, and the workspace and a sibling folder are byte-identical
 * afterwards. The workspace is a temporary copy of the shipped statements, never the project's own.
 */
class WorkspaceSafetyIT {

    @TempDir
    static Path root;
    static Path workspace;
    static Path sibling;

    private StandardStreams streams;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void workspace() throws IOException {
        if (workspace == null) {
            workspace = root.resolve("a/b/ws");
            sibling = root.resolve("a/somedir");
            Files.createDirectories(sibling);
            Files.writeString(sibling.resolve("keep.txt"), "a file outside the workspace\n");
            Files.createDirectories(workspace.resolve("corpus"));
            copy(TestData.CORPUS.resolve("statements"), workspace.resolve("corpus/statements"));
            copy(TestData.CORPUS.resolve("udhr"), workspace.resolve("corpus/udhr"));
            System.setProperty("rosetta.workspace", workspace.toString());
            assertThat(RosettaApplication.run(new String[] {"build"})).isZero();
            Files.writeString(root.resolve("glossary.csv"), "en,fr\nhuman rights,droits de l'homme\n");
        }
        System.setProperty("rosetta.workspace", workspace.toString());
        streams = new StandardStreams();
        out = streams.out;
        err = streams.err;
    }

    @AfterEach
    void restore() {
        streams.restore();
        System.clearProperty("rosetta.workspace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../corpus", "../../../somedir", "../x", "/tmp/evil", "../tmx/statements", "..", ".",
            ".hidden", "a/b", "a\\b", "tmx/../../x", "name with space", "x\ny", "x\u0000y", "x/", "..\\..\\corpus",
            "statements/../../corpus", "~", "$HOME", "con:", "a*b"})
    void hostileCollectionNamesAreRefusedAndNothingChanges(String name) throws Exception {
        Map<String, String> before = snapshot(root);
        for (String[] command : new String[][] {
                {"import", root.resolve("glossary.csv").toString(), "--collection", name},
                {"reindex", name},
                {"build", "--collection", name},
                {"export", name, "--format", "csv"},
                {"remove", name}}) {
            err.reset();
            assertThat(RosettaApplication.run(command)).as(String.join(" ", command)).isEqualTo(2);
            assertThat(stderr()).as(String.join(" ", command)).contains("is not a collection name: letters, digits")
                    .hasLineCount(1);
        }
        assertThat(snapshot(root)).isEqualTo(before);
    }

    @Test
    void tooLongANameIsRefused() {
        assertThat(RosettaApplication.run(new String[] {"import", root.resolve("glossary.csv").toString(),
                "--collection", "x".repeat(101)})).isEqualTo(2);
        assertThat(stderr()).contains("at most 100 characters");
    }

    /**
     * A folder whose name starts with '-' is not a collection (every command would read the name as an option), and
     * a collection folder that is a symbolic link is said to be one when a build names it (it was "no collection").
     */
    @Test
    void aDashedFolderIsSkippedAndALinkedOneNamedAsALink() throws Exception {
        Path dashed = workspace.resolve("corpus/-dash");
        Path linked = workspace.resolve("corpus/linked");
        Files.createDirectories(dashed);
        Files.writeString(dashed.resolve("a.en.txt"), "A text.");
        Files.createSymbolicLink(linked, workspace.resolve("corpus/statements"));
        try {
            assertThat(RosettaApplication.run(new String[] {"build", "--collection", "linked"})).isEqualTo(2);
            assertThat(stderr()).contains("corpus/linked: a symbolic link, skipped (build --follow-links reads it)")
                    .hasLineCount(1);
            err.reset();
            assertThat(RosettaApplication.run(new String[] {"build"})).isZero();
            assertThat(stderr()).contains("-dash: skipped, not a collection name");
            assertThat(workspace.resolve("tmx/-dash.tmx")).doesNotExist();
        } finally {
            Files.delete(linked);
            Files.delete(dashed.resolve("a.en.txt"));
            Files.delete(dashed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tmx/statements.tmx", "tmx/other.tmx", "tmx/index/statements/x.csv", "tmx/index",
            "corpus/statements/x.csv", "tmx/../tmx/statements.tmx", "tmx/.rosetta.lock", "tmx"})
    void exportNeverWritesOverTheWorkspacesOwnFiles(String out) throws Exception {
        Map<String, String> before = snapshot(root);
        assertThat(RosettaApplication.run(new String[] {"export", "statements", "--format", "csv", "--out",
                workspace.resolve(out).toString()})).isEqualTo(2);
        assertThat(stderr()).contains("is the workspace's own corpus, TMX or index").hasLineCount(1);
        assertThat(snapshot(root)).isEqualTo(before);
    }

    @Test
    void exportThroughALinkIntoTheIndexIsRefused() throws Exception {
        Path link = root.resolve("link-to-index");
        Files.createSymbolicLink(link, workspace.resolve("tmx/index"));
        try {
            Map<String, String> before = snapshot(workspace);
            assertThat(RosettaApplication.run(new String[] {"export", "statements", "--format", "csv", "--out",
                    link.resolve("statements/x.csv").toString()})).isEqualTo(2);
            assertThat(snapshot(workspace)).isEqualTo(before);
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void exportElsewhereStillWorks() throws Exception {
        Path target = root.resolve("exports/statements.csv");
        assertThat(RosettaApplication.run(new String[] {"export", "statements", "--format", "csv", "--out",
                target.toString()})).isZero();
        assertThat(Files.readAllLines(target).getFirst()).isEqualTo("tuid,document,bead,confidence,status,en");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            search rights --limit -3                           | --limit must be 1 to 500 (got -3)
            search rights --limit 0                            | --limit must be 1 to 500 (got 0)
            search rights --page 100000000                     | --page must be 1 to 100000 (got 100000000)
            concordance rights --lang en --width 1000000       | --width must be 1 to 200 (got 1000000)
            concordance rights --lang en --limit 100000000     | --limit must be 1 to 500 (got 100000000)
            fuzzy rights --lang en --min 150                   | --min must be 0 to 100 (got 150)
            translations-of rights --from en --to fr --limit -1 | --limit must be 1 to 500 (got -1)
            """)
    void numericOptionsOutsideTheirRangeAreUsageErrorsNamingTheRange(String command, String message) {
        assertThat(RosettaApplication.run(command.split(" "))).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: " + message + "\n");
    }

    @Test
    void aTenKilobyteFuzzyLookupIsRefusedAtOnce() {
        String sentence = "Everyone has the right to life, liberty and security of person. ".repeat(160);
        assertThat(RosettaApplication.run(new String[] {"fuzzy", sentence, "--lang", "en"})).isEqualTo(2);
        assertThat(stderr()).startsWith("error: fuzzy looks up one sentence of at most 2,000 characters (got 10,");
    }

    @Test
    void aPagePastTheLastSaysSo() {
        assertThat(RosettaApplication.run(new String[] {"search", "the", "--page", "99999"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty(); // stdout holds results only
        assertThat(stderr()).startsWith("no match on page 99999 for the");
    }

    @Test
    void showListsTranslationsInTheOrderGiven() {
        for (String show : List.of("fa,fr", "fr,fa")) {
            out.reset();
            assertThat(RosettaApplication.run(new String[] {"search", "human rights", "--lang", "en", "--limit", "1",
                    "--show", show})).isZero();
            String printed = out.toString(StandardCharsets.UTF_8);
            String first = "   " + show.substring(0, 2) + "  ";
            String second = "   " + show.substring(3) + "  ";
            assertThat(printed).contains(first, second).doesNotContain("   de  ");
            assertThat(printed.indexOf(first)).as(show).isLessThan(printed.indexOf(second));
        }
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Every file and folder under {@code folder} (links not followed) with its bytes' SHA-256. */
    static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                String key = folder.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    files.put(key, "link " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(key, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path))));
                } else {
                    files.put(key, "folder");
                }
            }
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }
}
