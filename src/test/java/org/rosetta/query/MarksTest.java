package org.rosetta.query;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.TestData;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.index.UnitFields;
import org.rosetta.index.UnitIndexWriter;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matches marked from the index's own postings agree with those of an index written before text was indexed with
 * offsets (the earlier layout, which search still reads by analysing the text again): same hits, same spans, for
 * words, phrases, exclusions and queries across languages, on the shipped UDHR.
 */
class MarksTest {

    @TempDir
    Path withOffsets;
    @TempDir
    Path without;

    @Test
    void theIndexMarksWhatReanalysingTheTextMarked() throws Exception {
        List<TranslationUnit> units = TestData.udhrUnits("fr", "fa");
        new UnitIndexWriter(new LanguageAnalyzers()).writeAtomically(withOffsets, "udhr", "test", units);
        writeWithoutOffsets(without.resolve("udhr"), units);
        try (UnitIndex current = UnitIndex.open(withOffsets); UnitIndex earlier = UnitIndex.open(without)) {
            for (String query : List.of("\"human rights\"", "family -human", "torture", "droits AND homme",
                    "حقوق", "liberté OR freedom")) {
                List<String> marked = marks(current, query);
                assertThat(marked).as(query).isNotEmpty().isEqualTo(marks(earlier, query));
            }
        }
    }

    private static List<String> marks(UnitIndex index, String query) {
        return new UnitSearcher(index).search(new SearchRequest(query, Optional.empty(), 0, 20)).stream()
                .map(hit -> hit.unit().id() + " " + hit.matchedIn() + " " + hit.highlights().stream()
                        .map(span -> span.of(hit.unit().text(hit.matchedIn()))).toList())
                .toList();
    }

    /** The index as Rosetta wrote it before offsets: the same fields, text indexed with positions only. */
    private static void writeWithoutOffsets(Path folder, List<TranslationUnit> units) throws Exception {
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new LanguageAnalyzers()))) {
            for (TranslationUnit unit : units) {
                Document document = new Document();
                document.add(new StringField(UnitFields.ID, unit.id(), Field.Store.YES));
                document.add(new StringField(UnitFields.COLLECTION, unit.collection(), Field.Store.YES));
                document.add(new StringField(UnitFields.DOCUMENT, unit.document(), Field.Store.YES));
                document.add(new StoredField(UnitFields.BEAD, unit.beadType()));
                document.add(new StoredField(UnitFields.CONFIDENCE, unit.confidence()));
                document.add(new StoredField(UnitFields.LANGUAGE_ORDER, String.join(" ",
                        unit.variants().keySet().stream().map(Language::tag).toList())));
                for (Map.Entry<Language, String> variant : unit.variants().entrySet()) {
                    document.add(new StringField(UnitFields.LANGUAGES, variant.getKey().tag(), Field.Store.NO));
                    document.add(new TextField(UnitFields.text(variant.getKey()), variant.getValue(),
                            Field.Store.YES));
                    document.add(new TextField(UnitFields.exact(variant.getKey()), variant.getValue(),
                            Field.Store.NO));
                }
                writer.addDocument(document);
            }
            writer.commit();
        }
    }
}
