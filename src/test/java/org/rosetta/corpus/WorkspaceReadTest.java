package org.rosetta.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.align.AlignerSettings;
import org.rosetta.eval.BeadFormat;
import org.rosetta.eval.GoldBead;
import org.rosetta.ingest.DocumentFormat;
import org.rosetta.model.Alignment;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Language;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@code build} and {@code align} read a document's versions together. */
class WorkspaceReadTest {

    private static final Path CASE = Path.of("src/test/resources/golden/align/open-lines");

    /**
     * The French of {@code golden/align/open-lines} closes most of its long lines and leaves its short ones open:
     * alone, four of them read as a title and headings. Its English leaves its lines open, as a text split at its
     * verses does; read with it, the French short lines are sentences too.
     */
    @Test
    void aVersionWhoseTranslationLeavesItsSentencesOpenHasNoHeadings(@TempDir Path root) {
        Workspace workspace = new Workspace(WorkspaceLayout.under(root));
        CorpusFile french = new CorpusFile(CASE.resolve("statement.fr.txt"), "statement", Language.of("fr"),
                DocumentFormat.TEXT);
        CorpusFile english = new CorpusFile(CASE.resolve("statement.en.txt"), "statement", Language.of("en"),
                DocumentFormat.TEXT);

        List<String> warnings = new ArrayList<>();
        assertThat(kinds(workspace.read(List.of(french), warnings), "fr")).filteredOn(kind -> kind == BlockKind.TITLE
                || kind == BlockKind.HEADING).hasSize(4);
        SortedMap<String, List<SegmentedDocument>> both = workspace.read(List.of(english, french), warnings);
        assertThat(kinds(both, "fr")).containsOnly(BlockKind.PARAGRAPH);
        assertThat(kinds(both, "en")).containsOnly(BlockKind.PARAGRAPH);
        assertThat(warnings).isEmpty();
    }

    /**
     * {@code align} of the same two files reads them together too, and its English lines, left open and each
     * starting with a capital, as a sentence each: the beads a translator would draw, two English sentences joined
     * in one French one and one split in two. Before, the French short lines were headings no bead could join, the
     * English lines a few hard-wrapped paragraphs, and most sentences were left out.
     */
    @Test
    void alignReadsTwoFilesAsVersionsOfOneDocument() {
        Alignment alignment = new Alignments().align(CASE.resolve("statement.en.txt"), Optional.empty(),
                CASE.resolve("statement.fr.txt"), Optional.empty(), AlignerSettings.defaults());
        assertThat(alignment.beads().stream().map(BeadFormat::of).map(GoldBead::format).toList())
                .containsExactlyElementsOf(BeadFormat.read(CASE.resolve("expected.beads")).stream()
                        .map(GoldBead::format).toList());
    }

    private static List<BlockKind> kinds(SortedMap<String, List<SegmentedDocument>> read, String language) {
        return read.get("statement").stream().filter(d -> d.language().equals(Language.of(language))).findFirst()
                .orElseThrow().segments().stream().map(Segment::kind).toList();
    }
}
