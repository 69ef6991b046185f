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
 * sentences in it (a language with none is left out of that unit), and the sentence count of each present language
 * as the bead type, and the sentence range of every language (empty for those it lacks). Ids name the unit's first pivot sentence, from 1 ({@code udhr-14}), so they stay put when the
 * alignment elsewhere changes; a unit without pivot text is numbered after the pivot sentence before it
 * ({@code udhr-14.1}, or {@code udhr-0.1} at the start).
 */
final class UnitAssembler {

    List<TranslationUnit> assemble(String collection, String document, MultiAlignment alignment) {
        List<TranslationUnit> units = new ArrayList<>();
        int previousPivot = -1;
        int extra = 0;
        for (MultiBead bead : alignment.beads()) {
            Span pivot = bead.sentences().firstEntry().getValue();
            String id;
            if (pivot.length() > 0) {
                id = document + "-" + (pivot.start() + 1);
                previousPivot = pivot.start() + 1;
                extra = 0;
            } else {
                id = document + "-" + Math.max(previousPivot, 0) + "." + (++extra);
            }
            SequencedMap<Language, String> variants = new LinkedHashMap<>();
            StringJoiner counts = new StringJoiner("-");
            for (Map.Entry<Language, Span> range : bead.sentences().entrySet()) {
                if (range.getValue().length() > 0) {
                    SegmentedDocument version = alignment.document(range.getKey());
                    variants.put(range.getKey(), version.text(range.getValue().start(), range.getValue().end()));
                    counts.add(Integer.toString(range.getValue().length()));
                }
            }
            // one link is the unit's confidence itself, and TMX keeps links only where there are more
            units.add(new TranslationUnit(id, collection, document, variants, counts.toString(), bead.confidence(),
                    bead.sentences(), java.util.Optional.empty(),
                    bead.links().size() > 1 ? bead.links() : new LinkedHashMap<>()));
        }
        return units;
    }
}
