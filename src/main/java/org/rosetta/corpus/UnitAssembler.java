package org.rosetta.corpus;

import org.rosetta.model.Language;
import org.rosetta.model.MultiAlignment;
import org.rosetta.model.MultiBead;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;
import org.rosetta.model.TranslationUnit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.StringJoiner;

/**
 * Turns a multilingual alignment into translation units: one per bead, with the text of each language that has
 * sentences in it (a language with none is left out of that unit), ids {@code <document>-<n>} from 1 in order, and
 * the sentence count of each present language as the bead type.
 */
final class UnitAssembler {

    List<TranslationUnit> assemble(String collection, String document, MultiAlignment alignment) {
        List<TranslationUnit> units = new ArrayList<>();
        for (MultiBead bead : alignment.beads()) {
            SequencedMap<Language, String> variants = new LinkedHashMap<>();
            StringJoiner counts = new StringJoiner("-");
            for (Map.Entry<Language, Span> range : bead.sentences().entrySet()) {
                if (range.getValue().length() > 0) {
                    SegmentedDocument version = alignment.document(range.getKey());
                    variants.put(range.getKey(), version.text(range.getValue().start(), range.getValue().end()));
                    counts.add(Integer.toString(range.getValue().length()));
                }
            }
            units.add(new TranslationUnit(document + "-" + (units.size() + 1), collection, document, variants,
                    counts.toString(), bead.confidence()));
        }
        return units;
    }
}
