package org.rosetta.segment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.model.InputException;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SrxSegmenterTest {

    @TempDir
    Path folder;

    @Test
    void splitsWhereTheFirstMatchingRuleSaysAndCascadesLanguageMaps() throws Exception {
        SrxRules rules = SrxRules.read(Path.of(getClass().getResource("/srx/simple.srx").toURI()));
        String text = "Mr. Smith met Dr. Jones. They spoke; then J. K. Rowling left! Done";
        SegmentedDocument english = new SrxSegmenter(rules).segment(document(text, "en"));
        assertThat(sentences(english)).containsExactly("Mr. Smith met Dr. Jones.", "They spoke;",
                "then J. K. Rowling left!", "Done");
        // French gets only the default rules: "Mr." is no abbreviation there.
        SegmentedDocument french = new SrxSegmenter(rules).segment(document("Mr. Smith arrive. Bien.", "fr"));
        assertThat(sentences(french)).containsExactly("Mr.", "Smith arrive.", "Bien.");
    }

    @Test
    void aFileThatIsNotSrxIsRefusedNamingIt() throws Exception {
        Path bad = folder.resolve("bad.srx");
        Files.writeString(bad, "<srx><body><languagerules></languagerules></body></srx>");
        assertThatThrownBy(() -> SrxRules.read(bad)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(bad + ": ");
    }

    private static List<String> sentences(SegmentedDocument segmented) {
        return java.util.stream.IntStream.range(0, segmented.size()).mapToObj(segmented::text).toList();
    }

    private static Document document(String text, String language) {
        return new Document("d", Language.of(language), "t", text,
                List.of(new Block(BlockKind.PARAGRAPH, new Span(0, text.length()))));
    }
}
