package org.rosetta.shell;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage lines as the commands write them, read for their positionals, option values and alternatives. */
class UsageLineTest {

    @Test
    void readsWhatACommandTakes() {
        UsageLine export = UsageLine.of("export COLLECTION [--format tmx|csv|tsv|moses] [--codes as-is|language|"
                + "LANG=CODE,...] [--out PATH] [--quiet]");
        assertThat(export.positionals()).containsExactly("COLLECTION");
        assertThat(export.mostPositionals()).isEqualTo(1);
        assertThat(export.choices("format")).containsExactly("tmx", "csv", "tsv", "moses");
        assertThat(export.choices("codes")).containsExactly("as-is", "language");
        assertThat(export.valueOf("out")).contains("PATH");
        assertThat(export.valueOf("quiet")).isEmpty();

        UsageLine marks = UsageLine.of("marks import FILE [--collection NAME]");
        assertThat(marks.positionals()).containsExactly("import", "FILE");
        assertThat(marks.valueOf("collection")).contains("NAME");

        UsageLine search = UsageLine.of("search QUERY... [--lang LANG] [--show LANG,LANG]");
        assertThat(search.positionals()).containsExactly("QUERY");
        assertThat(search.mostPositionals()).isEqualTo(Integer.MAX_VALUE);
        assertThat(search.valueOf("show")).contains("LANG,LANG");

        UsageLine align = UsageLine.of("align SOURCE TARGET [--with|--without SIGNAL,...] [--dictionary FILE]");
        assertThat(align.positionals()).containsExactly("SOURCE", "TARGET");
        assertThat(align.valueOf("with")).contains("SIGNAL,...");
        assertThat(align.valueOf("without")).contains("SIGNAL,...");

        assertThat(UsageLine.of("review COLLECTION [DOCUMENT] [--from UNIT]").positionals())
                .containsExactly("COLLECTION", "DOCUMENT");
        assertThat(UsageLine.of(null).mostPositionals()).isEqualTo(Integer.MAX_VALUE);
        assertThat(UsageLine.of("clear").positionals()).isEqualTo(List.of());
        assertThat(UsageLine.of("quit").valueOf("x")).isEqualTo(Optional.empty());
    }
}
