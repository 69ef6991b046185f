package org.rosetta.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.model.InputException;
import org.rosetta.model.Language;
import org.rosetta.model.Span;
import org.rosetta.model.UnitStatus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinksFileTest {

    @TempDir
    Path folder;

    @Test
    void rowsSurviveAWriteAndARead() {
        SequencedMap<Language, Span> sentences = new LinkedHashMap<>();
        sentences.put(Language.of("en"), new Span(13, 15));
        sentences.put(Language.of("fa"), new Span(12, 13));
        sentences.put(Language.of("fr"), new Span(0, 0));
        StoredLink link = new StoredLink(3, 0, UnitStatus.CORRECTED, Instant.parse("2026-12-01T11:20:00Z"), "maria",
                "udhr", sentences, Map.of(Language.of("en"), List.of("9f2c01aa", "03b4c5d6"),
                Language.of("fa"), List.of(SentenceFingerprint.of("ماده ۵"))), 0);
        Path file = LinksFile.of(folder, "udhr");
        LinksFile.write(file, List.of(link, link.replacedBy(4)));
        List<StoredLink> read = LinksFile.read(file);
        assertThat(read).hasSize(2);
        assertThat(read.getFirst().sentences()).isEqualTo(sentences);
        assertThat(read.getFirst().fingerprints()).isEqualTo(link.fingerprints());
        assertThat(read.getFirst().holds()).isTrue();
        assertThat(read.get(1).replacedBy()).isEqualTo(4);
        assertThat(read.get(1).line()).isEqualTo(3);
    }

    @Test
    void aBadRowIsAnErrorNamingTheFileAndLine() throws Exception {
        Path file = LinksFile.of(folder, "udhr");
        Files.writeString(file, "change\treplaced_by\tstatus\tchanged\tby\tarticle\tsentences\n"
                + "1\t0\tconfirmed\t2026-12-01T11:20:00Z\tmaria\tudhr\ten:3@0000aaaa\n"
                + "2\t0\tcorrected\t2026-12-01T11:21:00Z\tmaria\tudhr\ten:x@0000aaaa\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LinksFile.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":3: ").hasMessageContaining("'x'");
    }

    @Test
    void theFingerprintIgnoresLineBreaksButNotWords() {
        assertThat(SentenceFingerprint.of("Everyone has the right\n to life.")).isEqualTo(
                SentenceFingerprint.of("Everyone has the right to life."));
        assertThat(SentenceFingerprint.of("Everyone has the right to life.")).isNotEqualTo(
                SentenceFingerprint.of("Everyone has the right to liberty."));
    }
}
