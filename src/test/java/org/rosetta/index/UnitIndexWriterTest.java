package org.rosetta.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitIndexWriterTest {

    @TempDir
    Path root;

    /** A unit Lucene refuses (an id over its 32,766-byte term limit) fails the write promptly and keeps the old index. */
    @Test
    @Timeout(60)
    void aFailingUnitStopsIndexingWithoutHangingAndKeepsThePreviousIndex() throws Exception {
        UnitIndexWriter writer = new UnitIndexWriter(new LanguageAnalyzers());
        writer.writeAtomically(root, "c", "first", List.of(unit("ok-1"), unit("ok-2")));
        List<TranslationUnit> units = new ArrayList<>();
        for (int u = 0; u < 3000; u++) {
            units.add(unit(u == 10 ? "x".repeat(40_000) : "u-" + u));
        }
        assertThatThrownBy(() -> writer.writeAtomically(root, "c", "second", units))
                .hasMessageContaining("indexing failed");
        assertThat(UnitIndexWriter.fingerprint(root, "c")).contains("first");
        assertThat(UnitIndexWriter.unitCount(root, "c")).isEqualTo(2);
        try (var left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("c");
        }
    }

    private static TranslationUnit unit(String id) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        variants.put(Language.of("en"), "Everyone has the right to life.");
        variants.put(Language.of("fr"), "Tout individu a droit à la vie.");
        return new TranslationUnit(id, "c", "d", variants, "1-1", 1.0);
    }
}
