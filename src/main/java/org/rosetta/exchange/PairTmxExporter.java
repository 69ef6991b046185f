package org.rosetta.exchange;

import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.tmx.Seg;
import org.rosetta.tmx.TmxHeader;
import org.rosetta.tmx.TmxProp;
import org.rosetta.tmx.TmxReader;
import org.rosetta.tmx.TmxUnit;
import org.rosetta.tmx.TmxUnits;
import org.rosetta.tmx.TmxVariant;
import org.rosetta.tmx.TmxWriter;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;

/**
 * Writes a bilingual TMX from a collection's multilingual TMX, streaming: the source variant first, the chosen
 * language codes, the pair's bead type and confidence as props, a {@code tuid} unique in the file.
 */
public final class PairTmxExporter {

    /** Exports, telling {@code unitsRead} how far it has read (every {@value ExportReport#PROGRESS_EVERY} units). */
    public ExportReport export(Path collectionTmx, PairExport options, Path out,
                               java.util.function.LongConsumer unitsRead) {
        PairSelector selector = new PairSelector(options);
        int[] counts = new int[2];
        TmxHeader header = header(options);
        TmxWriter.writeAtomically(out, header, writer -> TmxReader.readUnits(collectionTmx, (written, unit) -> {
            ExportReport.tell(unitsRead, ++counts[0]);
            if (selector.keep(unit)) {
                writer.write(pairUnit(unit, written, selector.uniqueId(unit), options));
                counts[1]++;
            }
        }));
        return new ExportReport(counts[0], counts[1], List.of(out));
    }

    private static TmxHeader header(PairExport options) {
        TmxHeader rosetta = TmxUnits.header(options.source(), "", Instant.now());
        SequencedMap<String, String> attributes = new LinkedHashMap<>(rosetta.attributes());
        attributes.put("srclang", options.codes().code(options.source()));
        return new TmxHeader(attributes, List.of(), List.of());
    }

    /**
     * The pair's unit: Rosetta's props, then the notes and other props the collection's TMX gives the unit (an
     * imported memory's "client" or "x-source-file"); each language's segment as that TMX writes it (inline codes
     * kept: "by {@code <ph x="1">%d</ph>} percent"), else its text.
     */
    private static TmxUnit pairUnit(TranslationUnit unit, TmxUnit written, String id, PairExport options) {
        SequencedMap<String, String> attributes = new LinkedHashMap<>();
        attributes.put("tuid", id);
        TmxUnits.putRevision(attributes, unit);
        List<TmxProp> props = new ArrayList<>(List.of(
                TmxProp.of(TmxUnits.PROP_COLLECTION, unit.collection()),
                TmxProp.of(TmxUnits.PROP_DOCUMENT, unit.document()),
                TmxProp.of(TmxUnits.PROP_BEAD, unit.beadType(options.source(), options.target())),
                TmxProp.of(TmxUnits.PROP_CONFIDENCE, String.format(Locale.ROOT, "%.3f",
                        unit.confidence(options.source(), options.target()))),
                TmxProp.of(TmxUnits.PROP_STATUS, unit.status().tag())));
        written.props().stream().filter(prop -> !TmxUnits.isRosettaProp(prop.type())).forEach(props::add);
        List<TmxVariant> variants = List.of(
                TmxVariant.of(options.codes().code(options.source()), seg(unit, written, options.source())),
                TmxVariant.of(options.codes().code(options.target()), seg(unit, written, options.target())));
        return new TmxUnit(attributes, written.notes(), props, variants);
    }

    private static Seg seg(TranslationUnit unit, TmxUnit written, Language language) {
        return written.variants().stream().filter(variant -> variant.language().equals(language))
                .map(TmxVariant::seg).findFirst().orElseGet(() -> Seg.of(unit.text(language)));
    }
}
