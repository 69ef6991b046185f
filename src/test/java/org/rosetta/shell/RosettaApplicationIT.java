package org.rosetta.shell;

import org.rosetta.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One-shot and script mode through the real Spring context: exact arguments, errors and exit codes. */
class RosettaApplicationIT {

    private StandardStreams streams;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @TempDir
    Path folder;

    @BeforeEach
    void capture() {
        streams = new StandardStreams();
        out = streams.out;
        err = streams.err;
    }

    @AfterEach
    void restore() {
        streams.restore();
    }

    @Test
    void helpListsOurCommandsWithoutBannerOrLogs() {
        assertThat(RosettaApplication.run(new String[] {"help"})).isZero();
        assertThat(stdout()).contains("build", "search", "segment").doesNotContain("Spring", "INFO", ":: ");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(RosettaApplication.run(new String[] {"frobnicate"})).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: unknown command 'frobnicate'; try 'help'\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageErrorNotSilentlyDropped() {
        assertThat(RosettaApplication.run(new String[] {"search", "rights", "--colour=red"})).isEqualTo(2);
        assertThat(stderr()).startsWith("error: unknown option --colour for 'search'").endsWith("\n")
                .hasLineCount(1);
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        assertThat(RosettaApplication.run(new String[] {"serach", "rights"})).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: unknown command 'serach' (did you mean 'search'?); try 'help'\n");
    }

    @Test
    void quitEndsAScript() throws Exception {
        Path script = folder.resolve("s.rosetta");
        Files.writeString(script, "help build\nquit\nfrobnicate\n");
        assertThat(RosettaApplication.run(new String[] {"@" + script})).isZero();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void extraWordsAreRefusedNotIgnored() {
        assertThat(RosettaApplication.run(new String[] {"build", "water"})).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: 'build' takes no arguments; got 'water' (see 'help build')\n");
        err.reset();
        assertThat(RosettaApplication.run(new String[] {"reindex", "water", "extra"})).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: 'reindex' takes at most 1 argument; got 'extra' (see 'help reindex')\n");
    }

    @Test
    void aMissingPathIsAUsageErrorNotTheCurrentFolder() {
        assertThat(RosettaApplication.run(new String[] {"ingest"})).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: ingest needs a file or a folder: ingest FILE|DIR\n");
        err.reset();
        assertThat(RosettaApplication.run(new String[] {"pair", folder.toString(), "--source-lang", "en",
                "--target-lang", "fr"})).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: pair needs two folders: pair SOURCE-DIR TARGET-DIR\n");
        assertThat(stdout()).isEmpty();
    }

    /** A folder's file that cannot be read is said and the others are still read, as build reads them; exit 1. */
    @Test
    void ingestOfAFolderReadsEveryFileItCan() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("mixed"));
        Files.write(dir.resolve("a.en.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(dir.resolve("b.en.txt"), "A sentence that reads well.");
        Files.writeString(dir.resolve("notes.txt"), "Another sentence.");
        assertThat(RosettaApplication.run(new String[] {"ingest", dir.toString()})).isEqualTo(1);
        assertThat(stdout()).contains("b.en.txt: UTF-8").contains("notes.txt: UTF-8");
        assertThat(stderr()).contains("failed: " + dir.resolve("a.en.txt") + ": binary file")
                .contains("warning: " + dir.resolve("notes.txt") + ": its name gives no language")
                .endsWith("error: 1 of 3 files could not be read; see the 'failed:' lines above\n");
    }

    /**
     * pair reads in each folder the documents of its language: a folder holding every version of the UDHR pairs
     * its English with its French, not each file with itself, nor the licence with anything.
     */
    @Test
    void pairTakesTheDocumentsOfEachLanguage() {
        String udhr = Path.of("src/test/resources/shipped/udhr").toAbsolutePath().toString();
        assertThat(RosettaApplication.run(new String[] {"pair", udhr, udhr, "--source-lang", "en", "--target-lang",
                "fr", "--format", "tsv"})).isZero();
        assertThat(stdout().lines().filter(line -> !line.startsWith("score")).toList()).singleElement().asString()
                .contains("udhr.en.html").contains("udhr.fr.html");
    }

    /** A translation memory is imported, not aligned as if its XML were a statement's text. */
    @Test
    void aTmxIsNotReadAsADocument() throws Exception {
        Path memory = Files.writeString(folder.resolve("memory.tmx"), "<tmx version=\"1.4\"/>");
        Path text = Files.writeString(folder.resolve("note.en.txt"), "A sentence.");
        assertThat(RosettaApplication.run(new String[] {"align", text.toString(), memory.toString(), "--target-lang",
                "fr"})).isEqualTo(1);
        assertThat(stderr()).isEqualTo("error: " + memory + ": a .tmx file is not a document to read (text, Markdown"
                + " or HTML); import takes TMX, CSV and TSV\n");
    }

    @Test
    void failingCommandPrintsOneLineNamingTheFileAndExitsOne() {
        Path missing = folder.resolve("missing file.en.txt");
        assertThat(RosettaApplication.run(new String[] {"segment", missing.toString()})).isEqualTo(1);
        assertThat(stderr()).isEqualTo("error: " + missing + ": no such file\n");
    }

    @Test
    void argumentsWithSpacesArriveWhole() throws Exception {
        Path file = folder.resolve("two words.en.txt");
        Files.writeString(file, "Mr. Smith arrived. He spoke.");
        assertThat(RosettaApplication.run(new String[] {"segment", file.toString()})).isZero();
        assertThat(stdout()).isEqualTo("0\t0-18\tparagraph\tMr. Smith arrived.\n1\t19-28\tparagraph\tHe spoke.\n");
    }

    @Test
    void scriptRunsLinesAndStopsAtTheFirstFailureWithItsLineNumber() throws Exception {
        Path text = folder.resolve("a.en.txt");
        Files.writeString(text, "One. Two.");
        Path script = folder.resolve("commands.rosetta");
        Files.writeString(script, "# a comment\nsegment \"" + text + "\"\n\nfrobnicate\nsegment \"" + text + "\"\n");
        assertThat(RosettaApplication.run(new String[] {"@" + script})).isEqualTo(2);
        assertThat(stdout()).isEqualTo("0\t0-4\tparagraph\tOne.\n1\t5-9\tparagraph\tTwo.\n");
        assertThat(stderr()).isEqualTo("error: " + script + ":4: unknown command 'frobnicate'; try 'help'\n");
    }

    /** README's command reference is exactly what help prints, so the two cannot drift apart. */
    @Test
    void readmeCommandReferenceIsTheShellsHelp() throws Exception {
        StringBuilder help = new StringBuilder();
        List<String[]> calls = new java.util.ArrayList<>();
        calls.add(new String[] {"help"});
        for (String command : List.of("build", "reindex", "collections", "remove", "ingest", "segment", "search", "concordance",
                "translations-of",
                "fuzzy", "export", "import", "align", "check-pivot", "pair", "eval", "review", "merge", "split",
                "move", "unlink", "confirm", "undo", "qa", "report", "marks", "history", "clear", "quit")) {
            calls.add(new String[] {"help", command});
        }
        for (String[] args : calls) {
            out.reset();
            assertThat(RosettaApplication.run(args)).isZero();
            help.append(help.isEmpty() ? "" : "\n").append(stdout());
        }
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```\n", readme.indexOf("This reference is the output of")) + 4;
        String reference = readme.substring(start, readme.indexOf("```", start));
        assertThat(reference).isEqualTo(help.toString());
    }

    /** The least confident beads first, in the bead format, every sentence of both files once. */
    @Test
    void alignListsBeadsFromLeastToMostConfident() {
        assertThat(RosettaApplication.run(new String[] {"align", TestData.udhr("en").toString(), TestData.udhr("fr").toString(),
                "--sort", "confidence", "--format", "beads"})).isZero();
        List<String> lines = stdout().lines().toList();
        List<Double> confidences = lines.stream().map(l -> Double.parseDouble(l.substring(l.lastIndexOf(':') + 1)))
                .toList();
        assertThat(confidences).isSorted().allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0));
        long englishSentences = lines.stream().mapToLong(l -> count(l.substring(0, l.indexOf("]:[") + 1))).sum();
        assertThat(englishSentences).isEqualTo(org.rosetta.TestData.segmentedUdhr("en").size());
    }

    private static long count(String ids) {
        String inner = ids.substring(1, ids.length() - 1).strip();
        return inner.isEmpty() ? 0 : inner.split(",").length;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
