package org.rosetta.shell;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.model.SentenceRanges;
import org.rosetta.model.TranslationUnit;
import org.rosetta.tmx.TmxReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code marks import} of a file a reviser saved, written here as the review page writes it: a comment without a
 * verdict is listed by {@code review --marked} as a wrong mark is, a mark of a unit the collection does not have is
 * said so, and importing the same file twice stores nothing twice.
 */
class MarksImportIT {

    @TempDir
    static Path root;

    @BeforeAll
    static void built() throws Exception {
        BuiltWorkspace.at(root);
    }

    @AfterAll
    static void clear() {
        System.clearProperty("rosetta.workspace");
    }

    @Test
    void commentsAreListedAndAFileImportedTwiceIsStoredOnce() throws Exception {
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(root.resolve("tmx/udhr.tmx"), units::add);
        TranslationUnit commented = units.get(3);
        TranslationUnit wrong = units.get(5);
        Path marks = root.resolve("udhr.marks.json");
        Files.writeString(marks, """
                {"rosetta": "marks", "collection": "udhr", "marks": [
                  {"unit": "%s", "document": "%s", "sentences": "%s", "mark": "comment", "comment": "check the date"},
                  {"unit": "%s", "document": "%s", "sentences": "%s", "mark": "wrong", "comment": ""},
                  {"unit": "udhr-999", "document": "udhr", "sentences": "en:999", "mark": "wrong", "comment": ""}
                ]}
                """.formatted(commented.id(), commented.document(), SentenceRanges.format(commented.sentences()),
                wrong.id(), wrong.document(), SentenceRanges.format(wrong.sentences())), StandardCharsets.UTF_8);

        StandardStreams streams = new StandardStreams();
        try {
            assertThat(RosettaApplication.run(new String[] {"marks", "import", marks.toString()})).isZero();
            assertThat(streams.out.toString(StandardCharsets.UTF_8)).contains("2 mark(s)");
            assertThat(streams.err.toString(StandardCharsets.UTF_8))
                    .contains("udhr-999: no such unit in udhr (document udhr); mark not applied");
            assertThat(RosettaApplication.run(new String[] {"marks", "import", marks.toString()})).isZero();
            streams.out.reset();
            assertThat(RosettaApplication.run(new String[] {"review", "udhr", "--marked"})).isZero();
            String review = streams.out.toString(StandardCharsets.UTF_8);
            assertThat(review).contains(commented.id() + " ").contains("commented: check the date")
                    .contains(wrong.id() + " ").contains("marked wrong");
            assertThat(review.lines().filter(line -> line.startsWith("udhr-"))).hasSize(2);
        } finally {
            streams.restore();
        }
        Path stored = root.resolve("corpus/udhr/udhr.marks.tsv");
        assertThat(Files.readAllLines(stored, StandardCharsets.UTF_8)).hasSize(3); // a header and two marks
    }
}
