package org.rosetta.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.align.SignalAligner;
import org.rosetta.model.Alignment;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoldSetReaderTest {

    /**
     * Paragraph gold (the UDHR's: lines with paragraph ids) read as sentences splits a paragraph with as many
     * sentences on both sides into one-to-one beads, and leaves a paragraph of two sentences against one, and a
     * one-sided one, as written; gold without ids, or read as written, is not touched.
     */
    @Test
    void paragraphGoldIsReadAsSentencesWhereBothSidesHaveAsMany(@TempDir Path folder) throws IOException {
        Path set = Files.createDirectories(folder.resolve("en-fr"));
        Files.writeString(set.resolve("d.en"), "Article 1\nAll are born free.\nThey are equal.\nNo one is a slave.\n");
        Files.writeString(set.resolve("d.fr"), "Article premier\nTous naissent libres.\nIls sont égaux.\n"
                + "Nul ne sera tenu en esclavage ; nul ne sera tenu en servitude.\nL'esclavage est interdit.\n");
        Files.writeString(set.resolve("d.en.ids"), "h\np1\np1\np2\n");
        Files.writeString(set.resolve("d.fr.ids"), "h\np1\np1\np2\np2\n");
        Files.writeString(set.resolve("d.gold"), "[0]:[0]\n[1, 2]:[1, 2]\n[3]:[3, 4]\n");
        assertThat(beads(new GoldSetReader(ParagraphGold.SENTENCES), folder))
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3, 4]");
        assertThat(beads(new GoldSetReader(), folder)).containsExactly("[0]:[0]", "[1, 2]:[1, 2]", "[3]:[3, 4]");
        Files.delete(set.resolve("d.fr.ids"));
        assertThat(beads(new GoldSetReader(ParagraphGold.SENTENCES), folder))
                .containsExactly("[0]:[0]", "[1, 2]:[1, 2]", "[3]:[3, 4]");
    }

    /**
     * The failure mode {@code golden/align/open-lines}: the English of a text split at its verses leaves them open;
     * the French closes most of its long ones and leaves its short ones open, which alone would read as headings.
     * Read as a pair, neither file has headings, as {@code build} reads a document's versions, and the alignment neither
     * leaves a sentence out nor pairs across the expected beads (it may join two of them: a 3-3 bead where a 2-1
     * and a 1-2 are, a text of eight lines gives too little to learn bead shapes from). Before, the French short
     * lines were headings, each a block a bead could not join to its neighbour.
     */
    @Test
    void neitherFileOfAPairHasHeadingsWhereOneLeavesItsSentencesOpen(@TempDir Path folder) throws IOException {
        Path cases = Path.of("src/test/resources/golden/align/open-lines");
        Path set = Files.createDirectories(folder.resolve("en-fr"));
        Files.copy(cases.resolve("statement.en.txt"), set.resolve("verses.en"));
        Files.copy(cases.resolve("statement.fr.txt"), set.resolve("verses.fr"));
        Files.copy(cases.resolve("expected.beads"), set.resolve("verses.gold"));
        GoldDocument document = new GoldSetReader().read(folder).getFirst().documents().getFirst();
        assertThat(document.source().segments()).extracting(Segment::kind).containsOnly(BlockKind.PARAGRAPH);
        assertThat(document.target().segments()).extracting(Segment::kind).containsOnly(BlockKind.PARAGRAPH);

        Alignment alignment = new SignalAligner().align(document.source(), document.target());
        List<GoldBead> expected = document.gold();
        assertThat(alignment.beads()).allSatisfy(bead -> {
            assertThat(bead.sourceCount() > 0 && bead.targetCount() > 0).as(bead.toString()).isTrue();
            for (GoldBead gold : expected) {
                boolean source = gold.source().stream().anyMatch(i -> i >= bead.sourceStart() && i < bead.sourceEnd());
                boolean target = gold.target().stream().anyMatch(j -> j >= bead.targetStart() && j < bead.targetEnd());
                assertThat(source).as("%s against %s", bead, gold.format()).isEqualTo(target);
            }
        });
    }

    /** Gold that cannot mean what it says of its files is said, naming the file: a line the file lacks, no bead. */
    @Test
    void goldNamingALineTheFilesLackIsSaid(@TempDir Path folder) throws IOException {
        Path set = Files.createDirectories(folder.resolve("en-fr"));
        Files.writeString(set.resolve("d.en"), "All are born free.\nThey are equal.\n");
        Files.writeString(set.resolve("d.fr"), "Tous naissent libres.\nIls sont égaux.\n");
        Files.writeString(set.resolve("d.gold"), "[0]:[0]\n[1]:[5]\n");
        assertThat(new GoldSetReader().find(folder).warnings()).containsExactly(set.resolve("d.gold")
                + ": bead [1]:[5] names target line 5, but the target file has 2 lines (0-based)");
        Files.writeString(set.resolve("d.gold"), "");
        assertThat(new GoldSetReader().find(folder).warnings()).containsExactly(set.resolve("d.gold")
                + ": no beads, for files of 2 and 2 lines");
        Files.writeString(set.resolve("d.gold"), "[0]:[0]\n[1]:[1]\n");
        assertThat(new GoldSetReader().find(folder).warnings()).isEmpty();
    }

    private static List<String> beads(GoldSetReader reader, Path folder) {
        List<GoldSet> sets = reader.read(folder);
        assertThat(sets).hasSize(1);
        return sets.getFirst().documents().getFirst().gold().stream().map(GoldBead::format).toList();
    }
}
