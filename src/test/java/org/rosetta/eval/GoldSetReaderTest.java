package org.rosetta.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static List<String> beads(GoldSetReader reader, Path folder) {
        List<GoldSet> sets = reader.read(folder);
        assertThat(sets).hasSize(1);
        return sets.getFirst().documents().getFirst().gold().stream().map(GoldBead::format).toList();
    }
}
