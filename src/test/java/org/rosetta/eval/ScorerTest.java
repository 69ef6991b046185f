package org.rosetta.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.model.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorerTest {

    @TempDir
    Path folder;

    /** Worked by hand: 4 output beads, 3 non-null gold beads. */
    @Test
    void strictAndLaxCountAsTheReferenceDefinesThem() throws Exception {
        List<GoldBead> gold = read("gold", "[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[3]\n");
        List<GoldBead> output = read("out", "[0]:[0]:0.9\n[1]:[1]\n[2]:[]\n[3]:[2, 3]\n");
        Scores scores = Scorer.score(List.of(new Scorer.Pair(output, gold)));
        // precision: 4 beads, 1 strict ([0]:[0]); lax also [1]:[1] and [3]:[2, 3]; [2]:[] shares no target
        assertThat(scores.precisionStrict()).isEqualTo(0.25);
        assertThat(scores.precisionLax()).isEqualTo(0.75);
        // recall: 3 non-null gold beads against the 3 non-null output beads: strict 1, lax 3
        assertThat(scores.recallStrict()).isEqualTo(1.0 / 3);
        assertThat(scores.recallLax()).isEqualTo(1.0);
        assertThat(scores.f1Strict()).isEqualTo(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3));
    }

    @Test
    void badBeadLinesNameFileAndLine() throws Exception {
        Path file = folder.resolve("bad.gold");
        Files.writeString(file, "[0]:[0]\n[1]-[1]\n");
        assertThatThrownBy(() -> BeadFormat.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":2: ");
    }

    private List<GoldBead> read(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return BeadFormat.read(file);
    }
}
