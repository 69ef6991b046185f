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
        TmxWriter.writeTranslationUnits(file, Language.of("en"), "demo", units);

        List<TranslationUnit> read = new ArrayList<>();
        TmxReader.readTranslationUnits(file, read::add);
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
        TmxWriter.writeTranslationUnits(file, Language.of("en"), "random", units);
        List<TranslationUnit> read = new ArrayList<>();
        TmxReader.readTranslationUnits(file, read::add);
        assertThat(read).as("seed %d", seed).isEqualTo(units);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample.tmx", "v_allsrc.tmx", "v_bom.tmx", "v_region.tmx", "v_tusrc.tmx", "v_upper.tmx",
            "v_utf16.tmx"})
    void readsOtherToolsTmx(String name) throws Exception {
        Path file = Path.of(getClass().getResource("/golden/tmx/" + name).toURI());
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(file, units::add);
        assertThat(units).hasSize(3);
        TranslationUnit first = units.getFirst();
        assertThat(first.variants().values()).contains("The meeting starts at nine.");
        assertThat(first.variants().sequencedKeySet()).extracting(Language::primary).contains("en", "fr", "fa");
        assertThat(units.get(1).variants().values()).anySatisfy(t -> assertThat(t).startsWith("Prices rose by "));
    }

    /** Okapi's RoundTripTmxIT, for our reader and writer: read, write, read again; every unit, code and prop equal. */
    @ParameterizedTest
    @ValueSource(strings = {"sample.tmx", "v_allsrc.tmx", "v_bom.tmx", "v_region.tmx", "v_tusrc.tmx", "v_upper.tmx",
            "v_utf16.tmx"})
    void otherToolsTmxRoundTripsExactly(String name) throws Exception {
        Path original = Path.of(getClass().getResource("/golden/tmx/" + name).toURI());
        Read first = Read.of(original);
        Path copy = folder.resolve(name);
        TmxWriter.writeAtomically(copy, first.header, writer -> first.units.forEach(writer::write));
        Read second = Read.of(copy);
        assertThat(second.header).isEqualTo(first.header);
        assertThat(second.units).isEqualTo(first.units);
        assertThat(TmxValidation.errors(copy)).isEmpty();
    }

    @Test
    void inlineCodesAreReadAsTypedParts() throws Exception {
        Read sample = Read.of(Path.of(getClass().getResource("/golden/tmx/v_upper.tmx").toURI()));
        TmxVariant english = sample.units.get(2).variants().getFirst();
        assertThat(english.lang()).isEqualTo("EN-US");
        assertThat(english.seg().parts()).containsExactly(
                new SegText("Read the "),
                InlineCode.of(InlineKind.BPT, java.util.Map.of("i", "1", "x", "1"), "<b>"),
                new SegText("report"),
                InlineCode.of(InlineKind.EPT, java.util.Map.of("i", "1"), "</b>"),
                new SegText(" today."));
        assertThat(english.seg().plainText()).isEqualTo("Read the report today.");
        TmxUnit second = sample.units.get(1);
        assertThat(second.notes()).containsExactly(new TmxNote("", "second sentence"));
        assertThat(sample.units.getFirst().attributes()).containsEntry("creationdate", "20261122T083000Z");
    }

    private record Read(TmxHeader header, List<TmxUnit> units) {
        static Read of(Path file) {
            List<TmxUnit> units = new ArrayList<>();
            TmxHeader[] header = new TmxHeader[1];
            TmxReader.read(file, new TmxReader.Handler() {
                @Override
                public void header(TmxHeader read) {
                    header[0] = read;
                }

                @Override
                public void unit(TmxUnit unit) {
                    units.add(unit);
                }
            });
            return new Read(header[0], units);
        }
    }

    /** Other tools write a whole file on one line: no unit may be skipped between {@code </tu>} and {@code <tu>}. */
    @Test
    void compactTmxOnOneLineLosesNoUnit() throws Exception {
        Path compact = folder.resolve("compact.tmx");
        StringBuilder units = new StringBuilder();
        for (int u = 1; u <= 5; u++) {
            units.append("<tu tuid=\"").append(u).append("\"><tuv xml:lang=\"en\"><seg>Unit ").append(u)
                    .append("</seg></tuv></tu>");
        }
        Files.writeString(compact, "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header creationtool=\"x\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" "
                + "datatype=\"plaintext\"/><body>" + units + "</body></tmx>");
        List<TranslationUnit> read = new ArrayList<>();
        TmxReader.readTranslationUnits(compact, read::add);
        assertThat(read).extracting(TranslationUnit::id).containsExactly("1", "2", "3", "4", "5");
    }

    /** Characters XML 1.0 cannot carry become U+FFFD, so the file still parses and validates. */
    @Test
    void controlCharactersNeverBreakTheXml() throws Exception {
        Path file = folder.resolve("controls.tmx");
        TmxWriter.writeTranslationUnits(file, Language.of("en"), "c",
                List.of(unit("c-1", "1-1", 1.0, "en", "bell\u0007 and \uFFFF end", "fr", "ok\u0001")));
        List<TranslationUnit> read = new ArrayList<>();
        TmxReader.readTranslationUnits(file, read::add);
        assertThat(read.getFirst().text(Language.of("en"))).isEqualTo("bell\uFFFD and \uFFFD end");
        assertThat(TmxValidation.errors(file)).isEmpty();
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
        assertThatThrownBy(() -> TmxReader.readTranslationUnits(hostile, units::add))
                .isInstanceOf(TmxException.class).hasMessageStartingWith(hostile.toString());
        assertThat(units).noneMatch(u -> u.variants().values().stream().anyMatch(t -> t.contains("SECRET")));
    }

    /**
     * An entity the file itself declares is refused too, and said to be (the parser's own words were that it "was
     * referenced, but not declared", though the file declares it).
     */
    @Test
    void aDeclaredEntityIsRefusedAndSaidToBe() throws Exception {
        Path declared = folder.resolve("declared.tmx");
        Files.writeString(declared, """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY co "Rosetta Ltd">]>
                <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
                adminlang="en" srclang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="en"><seg>&co;</seg></tuv></tu></body></tmx>
                """);
        assertThatThrownBy(() -> TmxReader.readTranslationUnits(declared, u -> { }))
                .isInstanceOf(TmxException.class).hasMessageStartingWith(declared + ":5:")
                .hasMessageContaining("entity &co; is not read: Rosetta reads no DOCTYPE declarations in TMX")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("not declared"));
    }

    /** The hostile-input folder: each file is refused with one line naming it, quickly, and nothing is read. */
    @ParameterizedTest
    @ValueSource(strings = {"xxe-file.tmx", "xxe-parameter.tmx", "billion-laughs.tmx", "truncated.tmx", "binary.tmx",
            "tuv-without-lang.tmx", "unknown-inline.tmx"})
    void hostileTmxIsRefusedCleanly(String name) throws Exception {
        Path file = Path.of(getClass().getResource("/hostile/" + name).toURI());
        List<TmxUnit> units = new ArrayList<>();
        assertThatThrownBy(() -> TmxReader.read(file, units::add))
                .isInstanceOf(TmxException.class)
                .hasMessageStartingWith(file.toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("root:"));
        assertThat(units).isEmpty();
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() throws Exception {
        Path broken = folder.resolve("broken.tmx");
        Files.writeString(broken, "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>open</tuv></tu></body></tmx>");
        assertThatThrownBy(() -> TmxReader.read(broken, u -> { }))
                .isInstanceOf(TmxException.class).hasMessageStartingWith(broken + ":1:")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void interruptedWriteLeavesThePreviousFileIntact() throws Exception {
        Path file = folder.resolve("keep.tmx");
        TranslationUnit good = unit("k-1", "1-1", 1.0, "en", "Kept.", "fr", "Gardé.");
        TmxWriter.writeTranslationUnits(file, Language.of("en"), "keep", List.of(good));
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
        assertThatThrownBy(() -> TmxWriter.writeTranslationUnits(file, Language.of("en"), "keep", failing))
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
