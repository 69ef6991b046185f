package org.rosetta.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A build stamp read back as written, and the stamps earlier versions wrote read as they meant. */
class BuildStampTest {

    @Test
    void readsBackWhatItWrites() {
        List<BuildStamp> stamps = List.of(
                new BuildStamp("abc123", Optional.of("d1g35t"), List.of()),
                new BuildStamp("abc123", Optional.of("d1g35t"),
                        List.of(Path.of("/usr/share/dictd/freedict-eng-fra.index"),
                                Path.of("/home/a user/mots français.csv"))),
                BuildStamp.incomplete(List.of(Path.of("/tmp/words.tsv"))),
                BuildStamp.incomplete(List.of()));
        for (BuildStamp stamp : stamps) {
            assertThat(BuildStamp.parse(stamp.format())).isEqualTo(stamp);
        }
    }

    @Test
    void earlierStampsHaveNoDigestOrNoDictionaries() {
        assertThat(BuildStamp.parse("abc123")).isEqualTo(new BuildStamp("abc123", Optional.empty(), List.of()));
        assertThat(BuildStamp.parse("abc123 tmx=d1g35t"))
                .isEqualTo(new BuildStamp("abc123", Optional.of("d1g35t"), List.of()));
        assertThat(BuildStamp.parse("incomplete").inputs()).isEqualTo("incomplete");
    }
}
