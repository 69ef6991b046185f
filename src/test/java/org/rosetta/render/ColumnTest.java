package org.rosetta.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A column's direction follows the language's likely script, and a script subtag overrides it. */
class ColumnTest {

    @ParameterizedTest
    @CsvSource({"fa, true", "ar, true", "he, true", "ur, true", "ckb, true", "ug, true", "az-Arab, true",
        "en, false", "fr, false", "zh, false", "ru, false", "ja, false", "az, false", "ku, false", "fa-Latn, false"})
    void rightToLeftByLikelyScript(String tag, boolean rightToLeft) {
        Column column = Column.of(tag);
        assertThat(column.rightToLeft()).as(tag).isEqualTo(rightToLeft);
        assertThat(column.title()).isEqualTo(tag);
    }
}
