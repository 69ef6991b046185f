package org.rosetta.align;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Bilingual word lists: FreeDict's dictd files as Debian installs them, both directions. */
class DictionaryTest {

    @Test
    void readsSingleWordTranslationsOfEverySenseAndLeavesOutExamplesAndNotes() {
        Dictionary dictionary = Dictionary.read(Path.of("src/test/resources/dictd/tiny.index"));
        assertThat(dictionary.translations("right")).containsExactlyInAnyOrder("droit", "vrai", "exact", "juste");
        assertThat(dictionary.translations("freedom")).containsExactly("liberté");
        assertThat(dictionary.translations("droit")).containsExactly("right"); // the other direction
        assertThat(dictionary.translations("devoirs")).isEmpty(); // from an example line
        assertThat(dictionary.translations("a")).isEmpty(); // multi-word headwords are left out
    }

    @Test
    void aMissingDictionaryTextIsNamed() throws Exception {
        Path index = Files.createTempFile("lonely", ".index");
        assertThatThrownBy(() -> Dictionary.read(index)).hasMessageContaining(index.toString())
                .hasMessageContaining(".dict.dz");
    }

    @Test
    void readsTheInstalledFreeDictPackage() {
        Path english = Path.of("/usr/share/dictd/freedict-eng-fra.index");
        assumeTrue(Files.isRegularFile(english), "dict-freedict-eng-fra is not installed");
        Dictionary dictionary = Dictionary.read(english);
        assertThat(dictionary.size()).isGreaterThan(5_000);
        assertThat(dictionary.translations("torture")).contains("torture");
        assertThat(dictionary.translations("freedom")).contains("liberté");
    }
}
