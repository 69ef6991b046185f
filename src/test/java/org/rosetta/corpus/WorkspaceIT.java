package org.rosetta.corpus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.TestData;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.query.Hit;
import org.rosetta.query.SearchRequest;
import org.rosetta.query.UnitIndex;
import org.rosetta.query.UnitSearcher;
import org.rosetta.tmx.TmxReader;
import org.rosetta.tmx.TmxValidation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The main job end to end on a copy of the shipped corpus. */
class WorkspaceIT {

    @TempDir
    static Path root;
    static WorkspaceLayout layout;
    static BuildReport report;

    @BeforeAll
    static void build() throws IOException {
        TestData.copyCorpus(root);
        layout = WorkspaceLayout.under(root);
        report = new Workspace(layout).build(BuildOptions.defaults(), line -> { });
    }

    @Test
    void reportsEveryCollectionWithSentencesPerLanguage() {
        assertThat(report.collections()).extracting(CollectionReport::name).containsExactly("statements", "udhr");
        CollectionReport udhr = report.collections().get(1);
        assertThat(udhr.documents()).isEqualTo(1);
        assertThat(udhr.sentences().keySet()).extracting(Language::tag)
                .containsExactly("ar", "de", "en", "es", "fa", "fr", "ru", "zh");
        assertThat(udhr.warnings()).isEmpty();
        CollectionReport statements = report.collections().getFirst();
        assertThat(statements.documents()).isEqualTo(5);
        assertThat(statements.sentences().keySet()).extracting(Language::tag).containsExactly("en");
    }

    @Test
    void udhrTmxHoldsEightLanguageUnitsEnglishFirstAndIsValid() throws Exception {
        Path tmx = layout.tmxOf(CollectionName.of("udhr"));
        assertThat(TmxValidation.errors(tmx)).isEmpty();
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(tmx, units::add);
        assertThat(units).hasSize(report.collections().get(1).units());
        assertThat(units).allSatisfy(u -> assertThat(u.sourceLanguage()).isEqualTo(Language.of("en")));
        long full = units.stream().filter(u -> u.variants().size() == 8).count();
        assertThat(full).isGreaterThan(units.size() * 9L / 10);
        Set<String> ids = units.stream().map(TranslationUnit::id).collect(Collectors.toSet());
        assertThat(ids).hasSameSizeAs(units);
        TranslationUnit article1 = units.stream()
                .filter(u -> u.text(Language.of("en")).startsWith("All human beings are born free")).findFirst()
                .orElseThrow();
        assertThat(article1.text(Language.of("fr"))).startsWith("Tous les êtres humains naissent libres");
        assertThat(article1.text(Language.of("de"))).startsWith("Alle Menschen sind frei und gleich");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            human rights                    |    | en | Universal Declaration of Human Rights
            droits de l'homme               | fr | fr | Déclaration universelle des droits de l’homme
            اعلامیه جهانی حقوق بشر           | fa | fa | اعلامیه جهانی حقوق بشر
            اعلاميه جهاني حقوق بشر           | fa | fa | اعلامیه جهانی حقوق بشر
            Menschenrechte                  | de | de | Die Allgemeine Erklärung der Menschenrechte
            """)
    void searchFindsUnitsInTheQueryLanguage(String query, String language, String matchedIn, String expected) {
        try (UnitIndex index = UnitIndex.open(layout.index())) {
            UnitSearcher searcher = new UnitSearcher(index);
            List<Hit> hits = searcher.search(new SearchRequest(query, Optional.ofNullable(language).map(Language::of),
                    0, 10));
            assertThat(hits).isNotEmpty();
            assertThat(hits).anySatisfy(hit -> {
                assertThat(hit.matchedIn()).isEqualTo(Language.of(matchedIn));
                assertThat(hit.unit().text(Language.of(matchedIn))).isEqualTo(expected);
                assertThat(hit.highlights()).isNotEmpty();
            });
        }
    }

    @Test
    void rebuildingSkipsCollectionsThatDidNotChangeAndRebuildsOnesThatDid() throws IOException {
        Workspace workspace = new Workspace(layout);
        assertThat(workspace.build(BuildOptions.defaults(), line -> { }).collections())
                .extracting(CollectionReport::status)
                .containsExactly(CollectionReport.Status.UNCHANGED, CollectionReport.Status.UNCHANGED);
        Path statement = root.resolve("corpus/statements/000_eaacebc16c8ebb38.en.txt");
        Files.writeString(statement, Files.readString(statement) + "\n\nOne more sentence.\n");
        BuildReport rebuilt = workspace.build(BuildOptions.defaults(), line -> { });
        assertThat(rebuilt.collections()).extracting(CollectionReport::status)
                .containsExactly(CollectionReport.Status.BUILT, CollectionReport.Status.UNCHANGED);
        assertThat(rebuilt.collections().getFirst().units()).isEqualTo(report.collections().getFirst().units() + 1);
        assertThat(rebuilt.collections().get(1).units()).isEqualTo(report.collections().get(1).units());
        BuildOptions all = BuildOptions.defaults().withRebuild(BuildOptions.Rebuild.ALL);
        assertThat(workspace.build(all, line -> { }).collections()).extracting(CollectionReport::status)
                .containsOnly(CollectionReport.Status.BUILT);
    }

    @Test
    void rebuildingReplacesOutputsAndLeavesNoTemporaryFiles() throws IOException {
        new Workspace(layout).build(BuildOptions.defaults(), line -> { });
        try (Stream<Path> files = Files.list(layout.tmx())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("statements.tmx", "udhr.tmx", "index", WorkspaceLock.FILE);
        }
        try (Stream<Path> indexes = Files.list(layout.index())) {
            assertThat(indexes.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("statements", "udhr");
        }
    }
}
