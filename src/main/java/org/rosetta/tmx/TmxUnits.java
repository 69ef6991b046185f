package org.rosetta.tmx;

import org.rosetta.model.Language;
import org.rosetta.model.Revision;
import org.rosetta.model.SentenceRanges;
import org.rosetta.model.TranslationUnit;
import org.rosetta.model.UnitStatus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * How Rosetta's {@link TranslationUnit}s are stored in TMX: a {@code tuid} and the unit's {@code srclang} (units of
 * one file may have different sources, as imports do); {@code x-collection},
 * {@code x-document}, {@code x-bead}, {@code x-confidence}, {@code x-status} and (when known) {@code x-sentences}
 * props, and {@code x-links} (each language's link with the pivot) in a unit of three languages or more that no
 * person checked; a unit a person checked also carries {@code changedate} and {@code changeid}; one variant per
 * language, source first, as plain text. Reading other tools' units, the plain text of each variant is kept (inline
 * codes dropped), languages are normalised, and the source language (the unit's {@code srclang}, else the
 * header's) goes first.
 */
public final class TmxUnits {

    public static final String PROP_COLLECTION = "x-collection";
    public static final String PROP_DOCUMENT = "x-document";
    public static final String PROP_BEAD = "x-bead";
    public static final String PROP_CONFIDENCE = "x-confidence";
    /** {@code aligned}, {@code confirmed} or {@code corrected} ({@link UnitStatus}). */
    public static final String PROP_STATUS = "x-status";
    /** The unit's sentences per language, in {@link SentenceRanges}' notation. */
    public static final String PROP_SENTENCES = "x-sentences";
    /** Each language's link with the pivot, {@code fr:0.999 fa:0.454}, where the unit's confidence is the lowest. */
    public static final String PROP_LINKS = "x-links";
    public static final String CREATION_TOOL = "Rosetta";
    public static final String CREATION_TOOL_VERSION = "0.1.0";
    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Whether a prop type is one Rosetta writes for its own use ({@code x-collection}, {@code x-bead}, ...). */
    public static boolean isRosettaProp(String type) {
        return List.of(PROP_COLLECTION, PROP_DOCUMENT, PROP_BEAD, PROP_CONFIDENCE, PROP_STATUS, PROP_SENTENCES,
                PROP_LINKS).contains(type);
    }

    /** A Rosetta header: every required attribute, the creation date, the collection as a prop. */
    public static TmxHeader header(Language source, String collection, Instant created) {
        SequencedMap<String, String> attributes = new LinkedHashMap<>();
        attributes.put("creationtool", CREATION_TOOL);
        attributes.put("creationtoolversion", CREATION_TOOL_VERSION);
        attributes.put("segtype", "sentence");
        attributes.put("o-tmf", CREATION_TOOL);
        attributes.put("adminlang", "en");
        attributes.put("srclang", source.tag());
        attributes.put("datatype", "plaintext");
        attributes.put("creationdate", TMX_DATE.format(created));
        return new TmxHeader(attributes, List.of(), List.of(TmxProp.of(PROP_COLLECTION, collection)));
    }

    static TmxHeader header(Map<String, String> attributes) {
        return new TmxHeader(new LinkedHashMap<>(attributes), List.of(), List.of());
    }

    public static TmxUnit toTmx(TranslationUnit unit) {
        SequencedMap<String, String> attributes = new LinkedHashMap<>();
        attributes.put("tuid", unit.id());
        attributes.put("srclang", unit.sourceLanguage().tag());
        putRevision(attributes, unit);
        List<TmxProp> props = new java.util.ArrayList<>(List.of(
                TmxProp.of(PROP_COLLECTION, unit.collection()),
                TmxProp.of(PROP_DOCUMENT, unit.document()),
                TmxProp.of(PROP_BEAD, unit.beadType()),
                TmxProp.of(PROP_CONFIDENCE, String.format(Locale.ROOT, "%.3f", unit.confidence())),
                TmxProp.of(PROP_STATUS, unit.status().tag())));
        if (!unit.sentences().isEmpty()) {
            props.add(TmxProp.of(PROP_SENTENCES, SentenceRanges.format(unit.sentences())));
        }
        if (unit.links().size() > 1 && unit.revision().isEmpty()) { // with one, the unit's confidence says it
            props.add(TmxProp.of(PROP_LINKS, unit.links().entrySet().stream()
                    .map(link -> link.getKey().tag() + ":" + String.format(Locale.ROOT, "%.3f", link.getValue()))
                    .collect(java.util.stream.Collectors.joining(" "))));
        }
        List<TmxVariant> variants = unit.variants().entrySet().stream()
                .map(v -> TmxVariant.of(v.getKey().tag(), Seg.of(v.getValue()))).toList();
        return new TmxUnit(attributes, List.of(), props, variants);
    }

    /** A checked unit's {@code changedate} and {@code changeid}; nothing for a unit only the aligner made. */
    public static void putRevision(SequencedMap<String, String> attributes, TranslationUnit unit) {
        unit.revision().ifPresent(check -> {
            attributes.put("changedate", TMX_DATE.format(check.changed()));
            attributes.put("changeid", check.by());
        });
    }

    /**
     * Rosetta's view of a unit read from any TMX; empty when it has no variant. Units without a {@code tuid} are
     * named by their position in the file ({@code tu-7}).
     */
    public static Optional<TranslationUnit> toTranslationUnit(TmxHeader header, TmxUnit unit, int position) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        for (TmxVariant variant : unit.variants()) {
            variants.putIfAbsent(variant.language(), variant.seg().plainText());
        }
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        String source = unit.attributes().getOrDefault("srclang", header.sourceLanguage());
        if (!source.equals("*all*")) {
            Language sourceLanguage = Language.of(source);
            String sourceText = variants.remove(sourceLanguage);
            if (sourceText != null) {
                variants.putFirst(sourceLanguage, sourceText);
            }
        }
        Optional<UnitStatus> status = unit.prop(PROP_STATUS).flatMap(UnitStatus::ofTag)
                .filter(s -> s != UnitStatus.ALIGNED);
        Optional<Revision> revision = status.map(s -> new Revision(s, Optional.ofNullable(
                unit.attributes().get("changedate")).flatMap(TmxUnits::date).orElse(Instant.EPOCH),
                unit.attributes().getOrDefault("changeid", "")));
        return Optional.of(new TranslationUnit(
                unit.tuid().orElse("tu-" + position),
                unit.prop(PROP_COLLECTION).or(() -> header.prop(PROP_COLLECTION)).orElse(""),
                unit.prop(PROP_DOCUMENT).orElse(""),
                variants,
                unit.prop(PROP_BEAD).orElse(""),
                unit.prop(PROP_CONFIDENCE).map(Double::parseDouble).orElse(1.0),
                unit.prop(PROP_SENTENCES).flatMap(TmxUnits::ranges).orElseGet(LinkedHashMap::new),
                revision, unit.prop(PROP_LINKS).flatMap(TmxUnits::links).orElseGet(LinkedHashMap::new)));
    }

    private static Optional<Instant> date(String tmxDate) {
        try {
            return Optional.of(Instant.from(TMX_DATE.parse(tmxDate)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty(); // another tool's odd date: the check stands, its date is unknown
        }
    }

    /** {@code fr:0.999 fa:0.454} read back; empty when it is not that. */
    private static Optional<SequencedMap<Language, Double>> links(String text) {
        SequencedMap<Language, Double> links = new LinkedHashMap<>();
        for (String link : text.strip().split("\\s+")) {
            int colon = link.lastIndexOf(':');
            try {
                double confidence = Double.parseDouble(link.substring(colon + 1));
                if (colon <= 0 || !(confidence >= 0 && confidence <= 1)) {
                    return Optional.empty();
                }
                links.put(Language.of(link.substring(0, colon)), confidence);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(links);
    }

    private static Optional<SequencedMap<Language, org.rosetta.model.Span>> ranges(String text) {
        try {
            return Optional.of(SentenceRanges.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private TmxUnits() {
    }
}
