package org.rosetta.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.TestData;
import org.rosetta.model.RosettaException;
import org.rosetta.model.TranslationUnit;
import org.rosetta.query.SearchRequest;
import org.rosetta.query.UnitIndex;
import org.rosetta.query.UnitSearcher;
import org.rosetta.tmx.TmxReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a build, an import and a reindex do with links, a second writer, leftovers and bad files. */
class WorkspaceHardeningIT {

    @TempDir
    Path root;
    WorkspaceLayout layout;

    @BeforeEach
    void workspace() throws IOException {
        layout = WorkspaceLayout.under(root.resolve("ws"));
        Files.createDirectories(layout.corpus().resolve("small"));
        Files.writeString(layout.corpus().resolve("small/note.en.txt"), "The meeting starts at noon. Bring the report.");
        Files.writeString(layout.corpus().resolve("small/note.fr.txt"), "La réunion commence à midi. Apportez le rapport.");
    }

    private BuildReport build(BuildOptions options) {
        return new Workspace(layout).build(options, line -> { });
    }

    @Test
    void symbolicLinksUnderTheCorpusAreSkippedWithAWarningUnlessFollowed() throws IOException {
        Path secret = root.resolve("secret.txt");
        Files.writeString(secret, "root:x:0:0:root:/root:/bin/bash");
        Files.createDirectories(layout.corpus().resolve("x"));
        Files.createSymbolicLink(layout.corpus().resolve("x/x.en.txt"), secret);
        Files.writeString(layout.corpus().resolve("x/x.fr.txt"), "Un texte.");
        Files.createSymbolicLink(layout.corpus().resolve("linked"), layout.corpus().resolve("small"));

        BuildReport report = build(BuildOptions.defaults());
        assertThat(report.warnings()).singleElement().asString().endsWith("linked: a symbolic link, skipped"
                + " (build --follow-links reads it)");
        CollectionReport x = report.collections().stream().filter(c -> c.name().equals("x")).findFirst().orElseThrow();
        assertThat(x.warnings()).anySatisfy(w -> assertThat(w).contains("x.en.txt: a symbolic link, skipped"));
        assertThat(Files.readString(layout.tmxOf(CollectionName.of("x")))).doesNotContain("root:x");
        assertThat(report.collections()).extracting(CollectionReport::name).containsExactly("small", "x");

        build(new BuildOptions(BuildOptions.defaults().pivot(), Optional.empty(), BuildOptions.Rebuild.ALL,
                BuildOptions.Links.FOLLOW));
        assertThat(Files.readString(layout.tmxOf(CollectionName.of("x")))).contains("root:x");
        assertThat(Files.exists(layout.tmxOf(CollectionName.of("linked")))).isTrue();
    }

    @Test
    void aFileNamedWithNoLanguageIsSkippedWithAWarning() throws IOException {
        Files.writeString(layout.corpus().resolve("small/note.xx.txt"), "Something else.");

        BuildReport report = build(BuildOptions.defaults());
        CollectionReport small = report.collections().getFirst();
        assertThat(small.warnings()).anySatisfy(w -> assertThat(w).endsWith("note.xx.txt: 'xx' is not a language (no"
                + " ISO 639 code), so the file is skipped; name a document's files NAME.LANG.EXT,"
                + " e.g. statement.fr.txt"));
        assertThat(Files.readString(layout.tmxOf(CollectionName.of("small")))).doesNotContain("Something else")
                .contains("La réunion commence");
    }

    @Test
    void aSecondWriterIsRefusedInOneLineNamingTheHolder() throws IOException {
        try (WorkspaceLock held = WorkspaceLock.acquire(layout)) {
            assertThatThrownBy(() -> build(BuildOptions.defaults())).isInstanceOf(CorpusException.class)
                    .hasMessage(layout.tmx() + " is being written by another rosetta, pid "
                            + ProcessHandle.current().pid() + "; wait or retry")
                    .extracting(e -> ((RosettaException) e).kind()).isEqualTo(RosettaException.Kind.CONFLICT);
            Path csv = root.resolve("g.csv");
            Files.writeString(csv, "en,fr\nreport,rapport\n");
            assertThatThrownBy(() -> new Exchange(layout).importFile(csv, CollectionName.of("g")))
                    .hasMessageContaining("being written by another rosetta");
            assertThatThrownBy(() -> new Exchange(layout).reindexAll())
                    .hasMessageContaining("being written by another rosetta");
        }
        assertThat(build(BuildOptions.defaults()).collections()).singleElement()
                .extracting(CollectionReport::status).isEqualTo(CollectionReport.Status.BUILT);
    }

    @Test
    void theNextWriterRemovesWhatAKilledOneLeftAndNothingElse() throws IOException {
        Files.createDirectories(layout.index().resolve(".small.building"));
        Files.writeString(layout.index().resolve(".small.building/_0.cfs"), "partial");
        Files.createDirectories(layout.index().resolve(".small.old"));
        long dead = deadPid();
        Path stale = layout.tmx().resolve(".small.tmx." + dead + "-k3j2.part");
        Path live = layout.tmx().resolve(".small.tmx." + ProcessHandle.current().pid() + "-a1.part");
        Path user = layout.tmx().resolve("notes.part");
        Files.createDirectories(layout.tmx().resolve("exports"));
        Path staleExport = layout.tmx().resolve("exports/.udhr.csv." + dead + "-zz.part");
        for (Path file : List.of(stale, live, user, staleExport)) {
            Files.writeString(file, "<tmx");
        }
        build(BuildOptions.defaults());
        assertThat(stale).doesNotExist();
        assertThat(staleExport).doesNotExist();
        assertThat(live).exists(); // a running process's file
        assertThat(user).exists(); // not a name Rosetta makes
        assertThat(layout.index().resolve(".small.old")).exists(); // a user's copy: Rosetta makes no such folder
    }

    @Test
    void aBadFileFailsItsDocumentNotTheBuild() throws IOException {
        Files.write(layout.corpus().resolve("small/binary.en.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0});
        Files.writeString(layout.corpus().resolve("small/empty.en.txt"), "");
        Files.createDirectories(layout.corpus().resolve("zzz"));
        Files.writeString(layout.corpus().resolve("zzz/page.en.html"), "<html><body><script>x</script></body></html>");
        Files.writeString(layout.corpus().resolve("zzz/other.en.txt"), "Still built. Yes.");
        BuildReport report = build(BuildOptions.defaults());
        assertThat(report.collections()).extracting(CollectionReport::status)
                .containsExactly(CollectionReport.Status.BUILT, CollectionReport.Status.BUILT);
        assertThat(report.failures()).hasSize(3).anySatisfy(f -> assertThat(f).contains("binary.en.txt: binary file"))
                .anySatisfy(f -> assertThat(f).contains("empty.en.txt: empty file"))
                .anySatisfy(f -> assertThat(f).contains("page.en.html: HTML page has no body text"));
        assertThat(units("small")).extracting(TranslationUnit::document).containsOnly("note");
        assertThat(units("zzz")).extracting(TranslationUnit::document).containsOnly("other");
        // A collection with a failure is not taken as up to date next time.
        assertThat(build(BuildOptions.defaults()).collections()).extracting(CollectionReport::status)
                .containsOnly(CollectionReport.Status.BUILT);
    }

    @Test
    void anImportThatFailsWhileIndexingLeavesNothingBehindAndReindexStillWorks() throws Exception {
        build(BuildOptions.defaults());
        Path tmx = root.resolve("immense.tmx");
        Files.writeString(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
                 o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
                <tu tuid="%s"><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>
                </body></tmx>
                """.formatted("t".repeat(40_000)));
        Exchange exchange = new Exchange(layout);
        assertThatThrownBy(() -> exchange.importFile(tmx, CollectionName.of("immense")));
        assertThat(layout.tmxOf(CollectionName.of("immense"))).doesNotExist();
        assertThat(layout.index().resolve("immense")).doesNotExist();
        try (var files = Files.list(layout.tmx())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(exchange.reindexAll()).containsExactly("small");
        try (UnitIndex index = UnitIndex.open(layout.index())) {
            assertThat(new UnitSearcher(index).search(new SearchRequest("rapport", Optional.empty(), 0, 10))).isNotEmpty();
        }
    }

    @Test
    void anIndexFolderRosettaDidNotWriteIsNeverReplaced() throws IOException {
        Path foreign = layout.index().resolve("glossary");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("mine.txt"), "user data");
        Path csv = root.resolve("g.csv");
        Files.writeString(csv, "en,fr\nreport,rapport\n");
        assertThatThrownBy(() -> new Exchange(layout).importFile(csv, CollectionName.of("glossary")))
                .hasMessageContaining("is not a search index Rosetta wrote; not replaced");
        assertThat(Files.readString(foreign.resolve("mine.txt"))).isEqualTo("user data");
        assertThat(layout.tmxOf(CollectionName.of("glossary"))).doesNotExist();
    }

    @Test
    void aPivotWithoutSomeSentencesKeepsTheOthersAddedSentencesAsUnitsOfTheirOwn() throws IOException {
        Path cases = Path.of("src/test/resources/golden/align/missing-paragraph");
        Files.createDirectories(layout.corpus().resolve("museum"));
        for (String language : List.of("en", "fr")) {
            Files.copy(cases.resolve("statement." + language + ".txt"),
                    layout.corpus().resolve("museum/statement." + language + ".txt"));
        }
        BuildOptions frenchPivot = new BuildOptions(org.rosetta.model.Language.of("fr"), Optional.empty(),
                BuildOptions.Rebuild.ALL, BuildOptions.Links.SKIP);
        new Workspace(layout).build(frenchPivot, line -> { });
        List<TranslationUnit> units = units("museum");
        // French lacks the paragraph about the café: its two English sentences are English-only units, one each
        // as the pairwise alignment (and the golden expected.beads) has them, not glued onto a French neighbour;
        // every other unit is one sentence each side
        assertThat(units).filteredOn(u -> u.variants().keySet().equals(java.util.Set.of(
                org.rosetta.model.Language.of("en")))).extracting(u -> u.text(org.rosetta.model.Language.of("en")))
                .containsExactly("The museum's café and shop will also stay open later.",
                        "Both are run by a local cooperative.");
        assertThat(units).extracting(TranslationUnit::beadType).containsOnly("1-1", "1");
    }

    @Test
    void whatTwoVersionsEachAddAtOnePlaceAreUnitsOfTheirOwn() throws IOException {
        Path cases = Path.of("src/test/resources/golden/align/pivot-furniture");
        Files.createDirectories(layout.corpus().resolve("library"));
        for (String language : List.of("en", "fr", "fa")) {
            Files.copy(cases.resolve("statement." + language + ".txt"),
                    layout.corpus().resolve("library/statement." + language + ".txt"));
        }
        build(BuildOptions.defaults());
        List<TranslationUnit> units = units("library");
        // the Persian breadcrumb and the French label, each left out of the English, were one unit at 0.99, which a
        // French-Persian export then gave as a translation; now one each, in the order the versions are listed
        assertThat(units.subList(0, 2)).extracting(u -> u.variants().keySet().stream().map(Object::toString).toList())
                .containsExactly(List.of("fa"), List.of("fr"));
        assertThat(units.getFirst().text(org.rosetta.model.Language.of("fa"))).isEqualTo("خانه › اخبار › فرهنگ");
        assertThat(units.get(1).text(org.rosetta.model.Language.of("fr"))).isEqualTo("Communiqué de presse");
        assertThat(units.subList(2, units.size())).extracting(TranslationUnit::beadType).containsOnly("1-1-1");
    }

    @Test
    void removeTakesAnImportedCollectionOutOfSearchAndRefusesOneBuiltFromTheCorpus() throws IOException {
        build(BuildOptions.defaults());
        Path csv = root.resolve("g.csv");
        Files.writeString(csv, "en,fr\nglossary entry,entrée du glossaire\n");
        Exchange exchange = new Exchange(layout);
        exchange.importFile(csv, CollectionName.of("glossary"));
        assertThat(exchange.collections()).extracting(Exchange.Built::name).containsExactly("glossary", "small");
        exchange.remove(CollectionName.of("glossary"));
        assertThat(layout.tmxOf(CollectionName.of("glossary"))).doesNotExist();
        assertThat(layout.index().resolve("glossary")).doesNotExist();
        try (UnitIndex index = UnitIndex.open(layout.index())) {
            assertThat(new UnitSearcher(index).search(new SearchRequest("glossaire", Optional.empty(), 0, 5)))
                    .isEmpty();
        }
        assertThatThrownBy(() -> exchange.remove(CollectionName.of("small")))
                .hasMessage("small: is built from corpus/small; remove that folder, then run remove again");
        assertThat(layout.tmxOf(CollectionName.of("small"))).exists();
    }

    /**
     * A built collection whose folder is removed stays searchable, and build and collections say so and how to take
     * it out (it was listed as imported, and nothing said why it was still found).
     */
    @Test
    void aBuiltCollectionWhoseFolderIsRemovedIsListedAsSuchUntilRemoved() throws IOException {
        build(BuildOptions.defaults());
        Exchange exchange = new Exchange(layout);
        assertThat(exchange.collections()).extracting(Exchange.Built::source).containsExactly("corpus/small");
        try (java.util.stream.Stream<Path> files = Files.walk(layout.corpus().resolve("small"))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        assertThat(build(BuildOptions.defaults()).warnings()).anySatisfy(line -> assertThat(line)
                .contains("corpus/small is gone; its TMX and index are still searched ('remove small' takes them out)"));
        assertThat(exchange.collections()).extracting(Exchange.Built::origin, Exchange.Built::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Exchange.Origin.FOLDER_GONE,
                        "corpus/small (folder gone; 'remove small' takes it out)"));
        exchange.remove(CollectionName.of("small"));
        assertThat(exchange.collections()).isEmpty();
        assertThat(layout.tmxOf(CollectionName.of("small"))).doesNotExist();
    }

    @Test
    void aBuildNeverReplacesAnImportedCollectionOfTheSameName() throws IOException {
        Path csv = root.resolve("g.csv");
        Files.writeString(csv, "en,fr\nmemory entry,entrée de mémoire\n");
        new Exchange(layout).importFile(csv, CollectionName.of("legal"));
        String imported = Files.readString(layout.tmxOf(CollectionName.of("legal")));
        Files.createDirectories(layout.corpus().resolve("legal"));
        Files.writeString(layout.corpus().resolve("legal/a.en.txt"), "A text.");
        BuildReport report = build(BuildOptions.defaults());
        assertThat(report.failures()).singleElement().asString().contains("a collection legal was imported");
        assertThat(Files.readString(layout.tmxOf(CollectionName.of("legal")))).isEqualTo(imported);
    }

    @Test
    void namesDifferingOnlyInCaseAreRefused() throws IOException {
        Path csv = root.resolve("g.csv");
        Files.writeString(csv, "en,fr\nreport,rapport\n");
        new Exchange(layout).importFile(csv, CollectionName.of("Legal"));
        assertThatThrownBy(() -> new Exchange(layout).importFile(csv, CollectionName.of("legal")))
                .hasMessageContaining("only in case");
    }

    @Test
    void aLockFileThatIsALinkIsRefusedNotFollowed() throws IOException {
        Path victim = root.resolve("victim.txt");
        Files.writeString(victim, "keep me");
        Files.createDirectories(layout.tmx());
        Files.createSymbolicLink(layout.tmx().resolve(WorkspaceLock.FILE), victim);
        assertThatThrownBy(() -> build(BuildOptions.defaults())).hasMessageContaining("is not a plain file");
        assertThat(Files.readString(victim)).isEqualTo("keep me");
    }

    @Test
    void mosesCodesCannotNameFilesElsewhereOrTheSameFileTwice() throws IOException {
        build(BuildOptions.defaults());
        assertThatThrownBy(() -> org.rosetta.exchange.LanguageCodes.parse("fr=x/../../../corpus/small/note.fr.txt"))
                .hasMessageContaining("is not a code");
        // two languages written with one code: refused before any file is named, for Moses as for TMX
        assertThatThrownBy(() -> new org.rosetta.exchange.PairExport(org.rosetta.model.Language.of("pt-br"),
                org.rosetta.model.Language.of("pt-pt"), org.rosetta.exchange.LanguageCodes.parse("language"), 0,
                java.util.Set.of(), org.rosetta.exchange.Duplicates.KEEP))
                .hasMessage("language codes: pt-br and pt-pt would both be written pt");
    }

    private List<TranslationUnit> units(String collection) {
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(layout.tmxOf(CollectionName.of(collection)), units::add);
        return units;
    }

    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
