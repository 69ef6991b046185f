package org.rosetta.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.TestData;
import org.rosetta.index.UnitIndexWriter;
import org.rosetta.model.Language;
import org.rosetta.review.Edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code build --dictionary}: the dictionaries a collection is built with are among what it depends on, and a
 * rebuild after a correction learns from them again.
 */
class BuildDictionaryIT {

    @TempDir
    Path root;

    @Test
    void aDictionaryIsAnInputOfTheBuildAndOfTheRebuildAfterACorrection() throws IOException {
        TestData.copyCorpus(root);
        WorkspaceLayout layout = WorkspaceLayout.under(root);
        Workspace workspace = new Workspace(layout);
        CollectionName udhr = CollectionName.of("udhr");
        Path words = root.resolve("en-fr.csv");
        Files.writeString(words, "rights,droits\nfreedom,liberté\n");
        BuildOptions plain = new BuildOptions(Language.of("en"), Optional.of(udhr), BuildOptions.Rebuild.CHANGED,
                BuildOptions.Links.SKIP);
        BuildOptions learning = plain.withDictionaries(List.of(words));

        assertThat(status(workspace.build(learning, step -> { }))).isEqualTo(CollectionReport.Status.BUILT);
        assertThat(stamp(layout, udhr).dictionaries()).containsExactly(words);
        assertThat(status(workspace.build(learning, step -> { }))).isEqualTo(CollectionReport.Status.UNCHANGED);
        Files.writeString(words, "rights,droits\n"); // the same file, other words: built again
        assertThat(status(workspace.build(learning, step -> { }))).isEqualTo(CollectionReport.Status.BUILT);

        Reviews reviews = new Reviews(workspace);
        String unit = reviews.units(udhr).get(1).id();
        reviews.edit(udhr, Optional.empty(), new Edit.Confirm(List.of(unit)), "test");
        assertThat(stamp(layout, udhr).dictionaries()).containsExactly(words);
        assertThat(status(workspace.build(learning, step -> { }))).isEqualTo(CollectionReport.Status.UNCHANGED);

        BuildReport without = workspace.build(plain, step -> { });
        assertThat(status(without)).isEqualTo(CollectionReport.Status.BUILT);
        assertThat(without.collections().getFirst().warnings())
                .containsExactly("udhr: built with " + words + " before; built without now (--dictionary keeps a"
                        + " dictionary)");
        assertThat(stamp(layout, udhr).dictionaries()).isEmpty();
    }

    @Test
    void aDictionaryThatCannotBeReadFailsTheBuildOnceBeforeAnythingIsWritten() throws IOException {
        TestData.copyCorpus(root);
        WorkspaceLayout layout = WorkspaceLayout.under(root);
        Path broken = root.resolve("broken.csv");
        Files.writeString(broken, "rights,\"droits\n");
        BuildOptions options = BuildOptions.defaults().withDictionaries(List.of(broken));
        assertThatThrownBy(() -> new Workspace(layout).build(options, step -> { }))
                .isInstanceOf(CorpusException.class).hasMessageStartingWith(broken + ": cannot read dictionary");
        assertThat(layout.tmxOf(CollectionName.of("udhr"))).doesNotExist();
    }

    private static CollectionReport.Status status(BuildReport report) {
        return report.collections().getFirst().status();
    }

    private static BuildStamp stamp(WorkspaceLayout layout, CollectionName collection) {
        return UnitIndexWriter.fingerprint(layout.index(), collection.value()).map(BuildStamp::parse).orElseThrow();
    }
}
