package org.rosetta.shell;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.TestData;
import org.rosetta.model.Language;
import org.rosetta.model.SentenceRanges;
import org.rosetta.model.TranslationUnit;
import org.rosetta.model.UnitStatus;
import org.rosetta.render.VisualLine;
import org.rosetta.tmx.TmxReader;
import org.rosetta.tmx.TmxValidation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A translator's session on the UDHR en-fa and a press statement en-fr, through the commands as typed: build,
 * review the doubtful units, merge, split, unlink, confirm, rebuild everything, export only what was checked, undo,
 * and the source edited under the corrections.
 */
class ReviewSessionIT {

    private static final Pattern HEADING = Pattern.compile("(?m)^(\\S+)  (\\S+)  ([0-9.]+)  (\\w+)  \\[(.*)]$");
    private static final Language EN = Language.of("en");
    private static final Language FA = Language.of("fa");

    @TempDir
    Path root;
    private Path workspace;
    private StandardStreams streams;

    @BeforeEach
    void workspace() throws IOException {
        workspace = root.resolve("ws");
        Path udhr = Files.createDirectories(workspace.resolve("corpus/udhr"));
        for (String language : List.of("en", "fa")) {
            Files.copy(TestData.udhr(language), udhr.resolve("udhr." + language + ".html"));
        }
        Path statement = Files.createDirectories(workspace.resolve("corpus/statement"));
        Path golden = Path.of("src/test/resources/golden/align/dateline-press-release");
        for (String language : List.of("en", "fr")) {
            Files.copy(golden.resolve("statement." + language + ".txt"),
                    statement.resolve("library." + language + ".txt"));
        }
        System.setProperty("rosetta.workspace", workspace.toString());
        streams = new StandardStreams();
        run(0, "build");
    }

    @AfterEach
    void restore() {
        streams.restore();
        System.clearProperty("rosetta.workspace");
    }

    @Test
    void aTranslatorsSession() throws Exception {
        // the least confident tenth of the units, as a translator looks at them
        List<Double> confidences = units("udhr").stream().map(TranslationUnit::confidence).sorted().toList();
        double below = confidences.get(confidences.size() / 10) + 0.005;
        String review = run(0, "review", "udhr", "--below", String.format(java.util.Locale.ROOT, "%.3f", below),
                "--width", "100");
        Matcher headings = HEADING.matcher(review);
        int shown = 0;
        while (headings.find()) {
            // shown to two decimals: 0.9955 reads 1.00
            assertThat(Double.parseDouble(headings.group(3))).as(headings.group()).isLessThan(below + 0.005);
            shown++;
        }
        assertThat(shown).as("review --below %s:\n%s", below, review)
                .isEqualTo(confidences.stream().filter(c -> c < below).count()).isPositive();

        // merge udhr-13 (Article 1) with the article's text, then split it back after the heading
        TranslationUnit heading = unit("udhr", "udhr-13");
        TranslationUnit next = after("udhr", heading);
        assertThat(run(0, "merge", "udhr", "udhr-13")).contains("udhr-13").contains("corrected");
        TranslationUnit merged = unit("udhr", "udhr-13");
        assertThat(merged.status()).isEqualTo(UnitStatus.CORRECTED);
        assertThat(merged.confidence()).isEqualTo(1.0);
        assertThat(merged.sentences().get(EN)).isEqualTo(new org.rosetta.model.Span(
                heading.sentences().get(EN).start(), next.sentences().get(EN).end()));
        run(0, "split", "udhr", "udhr-13", "--at", "en:" + heading.sentences().get(EN).start() + ",fa:"
                + heading.sentences().get(FA).start());
        assertThat(unit("udhr", "udhr-13").sentences()).isEqualTo(heading.sentences());
        assertThat(unit("udhr", "udhr-13").status()).isEqualTo(UnitStatus.CORRECTED);

        // the Persian heading moved into the next unit, and back
        int persian = heading.sentences().get(FA).start();
        run(0, "move", "udhr", "fa:" + persian, "--to", "next");
        assertThat(unit("udhr", "udhr-13").variants().keySet()).containsExactly(EN);
        assertThat(after("udhr", unit("udhr", "udhr-13")).sentences().get(FA).start()).isEqualTo(persian);
        assertThat(after("udhr", unit("udhr", "udhr-13")).status()).isEqualTo(UnitStatus.CORRECTED);
        run(0, "move", "udhr", "fa:" + persian, "--to", "previous");
        assertThat(unit("udhr", "udhr-13").sentences()).isEqualTo(heading.sentences());
        TranslationUnit twoPersian = units("udhr").stream().filter(u -> u.sentences().get(FA).length() > 1)
                .findFirst().orElseThrow();
        run(2, "move", "udhr", "fa:" + twoPersian.sentences().get(FA).start(), "--to", "next"); // not its last

        // the Persian heading of Article 5 has no counterpart (as if the English lacked it)
        TranslationUnit article5 = unit("udhr", "udhr-21");
        int persianHeading = article5.sentences().get(FA).start();
        run(0, "unlink", "udhr", "fa:" + persianHeading);
        TranslationUnit alone = units("udhr").stream().filter(u -> u.sentences().get(EN).length() == 0
                && u.sentences().get(FA).start() == persianHeading).findFirst().orElseThrow();
        assertThat(alone.status()).isEqualTo(UnitStatus.CORRECTED);
        assertThat(alone.variants().keySet()).containsExactly(FA);

        run(0, "confirm", "statement", "--document", "library");
        assertThat(units("statement")).allSatisfy(u -> assertThat(u.status()).isEqualTo(UnitStatus.CONFIRMED));
        run(0, "confirm", "udhr", "udhr-1,udhr-2");

        Map<String, String> checked = checked("udhr");
        Map<String, String> checkedStatement = checked("statement");
        run(0, "build", "--all");
        assertThat(checked("udhr")).as("build --all reproduces every correction").isEqualTo(checked);
        assertThat(checked("statement")).isEqualTo(checkedStatement);

        Path export = root.resolve("checked.en-fa.tmx");
        assertThat(run(0, "export", "udhr", "--target", "fa", "--status", "confirmed,corrected", "--out",
                export.toString())).startsWith(bilingual("udhr").size() + " of ");
        List<TranslationUnit> exported = new ArrayList<>();
        TmxReader.readTranslationUnits(export, exported::add);
        assertThat(exported.stream().map(u -> u.text(EN) + " | " + u.text(FA)).toList())
                .containsExactlyElementsOf(bilingual("udhr").stream().map(u -> u.text(EN) + " | " + u.text(FA))
                        .toList());
        assertThat(exported).allSatisfy(u -> assertThat(u.revision()).isPresent());
        assertThat(TmxValidation.errors(export)).isEmpty();
        assertThat(TmxValidation.errors(workspace.resolve("tmx/udhr.tmx"))).isEmpty();

        // undo takes back the last udhr change (the confirmation of udhr-1 and udhr-2), nothing else
        run(0, "undo", "udhr");
        assertThat(unit("udhr", "udhr-1").status()).isEqualTo(UnitStatus.ALIGNED);
        assertThat(alone.sentences()).isEqualTo(units("udhr").stream().filter(u -> u.status()
                == UnitStatus.CORRECTED && u.variants().size() == 1).findFirst().orElseThrow().sentences());
    }

    @Test
    void correctionsFollowTheirSentencesAndAStaleOneIsReported() throws Exception {
        run(0, "confirm", "statement", "--document", "library");
        List<TranslationUnit> confirmed = units("statement");
        Path english = workspace.resolve("corpus/statement/library.en.txt");
        Path french = workspace.resolve("corpus/statement/library.fr.txt");
        Files.writeString(english, "Press release\n\n" + Files.readString(english), StandardCharsets.UTF_8);
        Files.writeString(french, Files.readString(french).replace("du lundi au samedi", "du mardi au samedi"),
                StandardCharsets.UTF_8);
        streams.err.reset();
        run(0, "build");
        String warnings = streams.err.toString(StandardCharsets.UTF_8);
        assertThat(warnings).contains("library.links.tsv").contains("fr:7").contains("no longer matches the source")
                .contains("du mardi");
        List<TranslationUnit> after = units("statement");
        for (TranslationUnit before : confirmed) {
            if (before.text(Language.of("fr")) != null && before.text(Language.of("fr")).contains("du lundi")) {
                continue; // its French changed: reported above, not applied
            }
            TranslationUnit moved = after.stream().filter(u -> u.variants().equals(before.variants())).findFirst()
                    .orElseThrow(() -> new AssertionError("unit lost: " + before.variants()));
            assertThat(moved.status()).as("%s", before.variants()).isEqualTo(UnitStatus.CONFIRMED);
            if (before.sentences().get(EN).length() > 0) {
                assertThat(moved.sentences().get(EN).start()).as("English moved down by the added line")
                        .isEqualTo(before.sentences().get(EN).start() + 1);
            }
        }
    }

    /** A TMX edited by hand is not thrown away without a word: build says so, a rebuild sets it aside. */
    @Test
    void aHandEditedTmxIsReportedAndSetAsideNotLost() throws Exception {
        Path tmx = workspace.resolve("tmx/statement.tmx");
        String edited = Files.readString(tmx).replace("Anna Berg", "Anna Bergström");
        Files.writeString(tmx, edited, StandardCharsets.UTF_8);
        streams.err.reset();
        run(0, "build");
        assertThat(streams.err.toString(StandardCharsets.UTF_8)).contains(tmx + ": edited by hand since it was built");
        assertThat(Files.readString(tmx)).isEqualTo(edited);

        streams.err.reset();
        run(0, "build", "--all");
        String warning = streams.err.toString(StandardCharsets.UTF_8);
        assertThat(warning).contains(tmx + ": edited by hand since it was built; kept as ");
        List<Path> aside;
        try (var files = Files.list(tmx.getParent())) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("statement.tmx.edited-")).toList();
        }
        assertThat(aside).singleElement().satisfies(f -> assertThat(Files.readString(f)).isEqualTo(edited));
        assertThat(Files.readString(tmx)).doesNotContain("Bergström");
        streams.err.reset();
        run(0, "build", "--all");
        assertThat(streams.err.toString(StandardCharsets.UTF_8)).as("a file the build wrote").doesNotContain("by hand");
    }

    @Test
    void aBadEditIsAUsageErrorAndChangesNothing() throws Exception {
        run(2, "merge", "udhr", "udhr-9999");
        run(2, "split", "udhr", "udhr-14", "--at", "en:0");
        run(2, "move", "udhr", "fa:x", "--to", "next");
        run(2, "unlink", "udhr", "fa:100000");
        run(2, "undo", "udhr");
        assertThat(workspace.resolve("corpus/udhr/udhr.links.tsv")).doesNotExist();
    }

    /** Persian under review in a real terminal (tmux, no bidi of its own): right-aligned, in display order. */
    @Test
    void persianReviewInATerminal() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(tmux("-V") == 0, "tmux is not installed");
        String session = "rosetta-review-" + ProcessHandle.current().pid();
        String command = TestData.rosetta(workspace, "review", "udhr", "--langs", "en,fa", "--limit", "3",
                "--width", "80", "--bidi", "rosetta").command().stream().map(w -> "'" + w + "'")
                .collect(Collectors.joining(" "))
                + "; echo EXIT=$?; sleep 30";
        try {
            assertThat(tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "40", command)).isZero();
            String pane = "";
            for (int tries = 0; tries < 300 && !pane.contains("EXIT="); tries++) {
                Thread.sleep(200);
                Process capture = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", session).start();
                pane = new String(capture.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                capture.waitFor();
            }
            assertThat(pane).contains("EXIT=0");
            String preamble = pane.lines().filter(l -> l.startsWith("Preamble")).findFirst().orElseThrow();
            assertThat(preamble).endsWith(VisualLine.of("مقدمه", true)).matches("Preamble +│ +\\S+");
            int columns = new org.rosetta.render.SideBySide(List.of(org.rosetta.render.Column.of("en"),
                    org.rosetta.render.Column.of("fa")), 80, org.rosetta.render.BidiMode.ROSETTA).columnWidth();
            assertThat(preamble.length()).as("the Persian cell ends at the right edge")
                    .isEqualTo(2 * columns + " │ ".length());
        } finally {
            tmux("kill-session", "-t", session);
        }
    }

    /** review --next in the interactive shell: the least confident unit first, c confirms it, q ends the walk. */
    @Test
    void reviewNextWalksTheLeastConfidentUnitsWithSingleKeys() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(tmux("-V") == 0, "tmux is not installed");
        String session = "rosetta-walk-" + ProcessHandle.current().pid();
        String command = TestData.rosetta(workspace).command().stream().map(w -> "'" + w + "'")
                .collect(Collectors.joining(" ")) + "; echo EXIT=$?; sleep 30";
        TranslationUnit least = units("udhr").stream().min(java.util.Comparator.comparingDouble(
                TranslationUnit::confidence)).orElseThrow();
        try {
            assertThat(tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)).isZero();
            awaitPane(session, "rosetta>");
            tmux("send-keys", "-t", session, "review udhr --next --langs en,fa", "Enter");
            String pane = awaitPane(session, "[q]uit >");
            assertThat(pane).contains(least.id() + "  ").contains("(1 of ");
            tmux("send-keys", "-t", session, "c");
            awaitPane(session, "change 1: [" + least.id() + " confirmed]");
            tmux("send-keys", "-t", session, "q");
            awaitPane(session, "(review ended)");
            tmux("send-keys", "-t", session, "quit", "Enter");
            awaitPane(session, "EXIT=0");
        } finally {
            tmux("kill-session", "-t", session);
        }
        assertThat(unit("udhr", least.id()).status()).isEqualTo(UnitStatus.CONFIRMED);
    }

    private static String awaitPane(String session, String text) throws Exception {
        String pane = "";
        for (int tries = 0; tries < 600; tries++) {
            Process capture = new ProcessBuilder("tmux", "capture-pane", "-p", "-S", "-100", "-t", session).start();
            pane = new String(capture.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            capture.waitFor();
            if (pane.contains(text)) {
                return pane;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + text + "' did not appear; the pane shows:\n" + pane);
    }

    private static int tmux(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }

    private String run(int expectedStatus, String... command) {
        streams.out.reset();
        int status = RosettaApplication.run(command);
        String out = streams.out.toString(StandardCharsets.UTF_8);
        assertThat(status).as("%s\nstdout: %s\nstderr: %s", String.join(" ", command), out,
                streams.err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedStatus);
        return out;
    }

    private List<TranslationUnit> units(String collection) {
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(workspace.resolve("tmx/" + collection + ".tmx"), units::add);
        return units;
    }

    private TranslationUnit unit(String collection, String id) {
        return units(collection).stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private TranslationUnit after(String collection, TranslationUnit unit) {
        List<TranslationUnit> units = units(collection);
        return units.get(units.stream().map(TranslationUnit::id).toList().indexOf(unit.id()) + 1);
    }

    /** Checked units by their sentences: what a rebuild must reproduce. */
    private Map<String, String> checked(String collection) {
        return units(collection).stream().filter(u -> u.status() != UnitStatus.ALIGNED).collect(Collectors.toMap(
                u -> SentenceRanges.format(u.sentences()), u -> u.status().tag(), (a, b) -> a,
                java.util.TreeMap::new));
    }

    /** The checked units with English and Persian text: what an en-fa export of checked units holds. */
    private List<TranslationUnit> bilingual(String collection) {
        return units(collection).stream().filter(u -> u.status() != UnitStatus.ALIGNED)
                .filter(u -> u.text(EN) != null && u.text(FA) != null).toList();
    }
}
