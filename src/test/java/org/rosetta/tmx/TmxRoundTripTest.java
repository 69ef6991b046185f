package org.rosetta.tmx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TmxRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void writtenUnitsReadBackEqualAndTheFileIsValidTmx14() throws Exception {
        List<TranslationUnit> units = List.of(
                unit("s-1", "1-1-1", 0.9, "en", "Prices rose by 5% <today> & \"tomorrow\".", "fr",
                        "Les prix ont augmenté de 5 % aujourd’hui.", "fa", "قیمت‌ها ۵٪ افزایش یافت."),
                unit("s-2", "2-1", 0.25, "en", "Two sentences. Here.", "fa", "یک جمله، با کاف ک و یای ی."));
        Path file = folder.resolve("units.tmx");
        TmxWriter.writeAtomically(file, Language.of("en"), "demo", units);

        List<TranslationUnit> read = new ArrayList<>();
        TmxReader.read(file, read::add);
        assertThat(read).isEqualTo(units);
        assertThat(TmxValidation.errors(file)).isEmpty();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).as("no BOM").isEqualTo((byte) '<');
        String head = new String(bytes, 0, 200, StandardCharsets.UTF_8);
        assertThat(head).contains("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">").doesNotContain("standalone");
    }

    /** Property: any text without XML-forbidden characters survives write and read byte for byte. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomTextRoundTrips(long seed) {
        Random random = new Random(seed);
        String alphabet = "aé ß<>&\"'\u200c\u064a\u06cc\u0643\u06a9۱۲٣ \t\n世界🙂\u202b";
        List<TranslationUnit> units = new ArrayList<>();
        for (int u = 0; u < 50; u++) {
            units.add(unit("r-" + u, "1-1", random.nextDouble() > 0.5 ? 1.0 : 0.5, "en", text(random, alphabet),
                    "fa", text(random, alphabet)));
        }
        Path file = folder.resolve("random.tmx");
        TmxWriter.writeAtomically(file, Language.of("en"), "random", units);
        List<TranslationUnit> read = new ArrayList<>();
        TmxReader.read(file, read::add);
        assertThat(read).as("seed %d", seed).isEqualTo(units);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample.tmx", "v_allsrc.tmx", "v_bom.tmx", "v_region.tmx", "v_tusrc.tmx", "v_upper.tmx",
            "v_utf16.tmx"})
    void readsOtherToolsTmx(String name) throws Exception {
        Path file = Path.of(getClass().getResource("/golden/tmx/" + name).toURI());
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.read(file, units::add);
        assertThat(units).hasSize(3);
        TranslationUnit first = units.getFirst();
        assertThat(first.variants().values()).contains("The meeting starts at nine.");
        assertThat(first.variants().sequencedKeySet()).extracting(Language::primary).contains("en", "fr", "fa");
        assertThat(units.get(1).variants().values()).anySatisfy(t -> assertThat(t).startsWith("Prices rose by "));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Path hostile = folder.resolve("xxe.tmx");
        Files.writeString(hostile, """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY leak SYSTEM "%s">]>
                <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
                adminlang="en" srclang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="en"><seg>&leak;</seg></tuv></tu></body></tmx>
                """.formatted(secret.toUri()));
        List<TranslationUnit> units = new ArrayList<>();
        assertThatThrownBy(() -> TmxReader.read(hostile, units::add))
                .isInstanceOf(TmxException.class).hasMessageStartingWith(hostile.toString());
        assertThat(units).noneMatch(u -> u.variants().values().stream().anyMatch(t -> t.contains("SECRET")));
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() throws Exception {
        Path broken = folder.resolve("broken.tmx");
        Files.writeString(broken, "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>open</tuv></tu></body></tmx>");
        assertThatThrownBy(() -> TmxReader.read(broken, u -> { }))
                .isInstanceOf(TmxException.class).hasMessageContaining(broken.toString()).hasMessageContaining("1");
    }

    @Test
    void interruptedWriteLeavesThePreviousFileIntact() throws Exception {
        Path file = folder.resolve("keep.tmx");
        TranslationUnit good = unit("k-1", "1-1", 1.0, "en", "Kept.", "fr", "Gardé.");
        TmxWriter.writeAtomically(file, Language.of("en"), "keep", List.of(good));
        byte[] before = Files.readAllBytes(file);
        Iterable<TranslationUnit> failing = () -> new java.util.Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public TranslationUnit next() {
                if (n++ == 3) {
                    throw new IllegalStateException("crash mid-write");
                }
                return good;
            }
        };
        assertThatThrownBy(() -> TmxWriter.writeAtomically(file, Language.of("en"), "keep", failing))
                .hasMessage("crash mid-write");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("keep.tmx");
        }
    }

    private static String text(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(80);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return text.toString();
    }

    static TranslationUnit unit(String id, String bead, double confidence, String... languageAndText) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        for (int i = 0; i < languageAndText.length; i += 2) {
            variants.put(Language.of(languageAndText[i]), languageAndText[i + 1]);
        }
        return new TranslationUnit(id, "demo", "doc", variants, bead, confidence);
    }
}
