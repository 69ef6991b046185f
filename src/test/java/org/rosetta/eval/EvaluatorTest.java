package org.rosetta.eval;

import org.junit.jupiter.api.Test;
import org.rosetta.model.Language;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which gold sets eval aligns together: those of one folder, as a collection's language pairs are. */
class EvaluatorTest {

    @Test
    void setsUnderOneFolderAreOneGroupAndASetOfItsOwnIsAlone() {
        List<GoldSet> sets = List.of(set("parice-en-is", "en", "is"), set("short-udhr/de-fr", "de", "fr"),
                set("short-udhr/en-fa", "en", "fa"), set("textberg-dev", "de", "fr"), set("udhr/en-fr", "en", "fr"));
        var groups = Evaluator.byFolder(sets);
        assertThat(groups.keySet()).containsExactly("parice-en-is", "short-udhr", "textberg-dev", "udhr");
        assertThat(groups.get("short-udhr")).extracting(GoldSet::name)
                .containsExactly("short-udhr/de-fr", "short-udhr/en-fa");
        assertThat(groups.get("textberg-dev")).extracting(GoldSet::name).containsExactly("textberg-dev");
    }

    @Test
    void setsDirectlyInTheFolderReadAreOneGroup() {
        List<GoldSet> sets = List.of(set("de-fr", "de", "fr"), set("en-fa", "en", "fa"), set("fr-fa", "fr", "fa"));
        var groups = Evaluator.byFolder(sets);
        assertThat(groups).containsOnlyKeys("");
        assertThat(groups.get("")).extracting(GoldSet::name).containsExactly("de-fr", "en-fa", "fr-fa");
    }

    private static GoldSet set(String name, String source, String target) {
        return new GoldSet(name, Language.of(source), Language.of(target), List.of());
    }
}
