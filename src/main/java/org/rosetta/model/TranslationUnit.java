package org.rosetta.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * One multilingual translation unit: the same content in several languages.
 *
 * <p>{@code variants} keeps its insertion order, the source (pivot) language first; some translation tools take the
 * first variant as the source. Immutable.
 *
 * @param id         unique inside the collection, stable across runs on the same input
 * @param collection the collection the unit comes from
 * @param document   the document the unit comes from
 * @param variants   text per language, source language first
 * @param beadType   sentences per language, in variant order ({@code 1-1-2} for three languages), or empty when
 *                   unknown (units imported from other tools)
 * @param confidence the lowest confidence of the pairwise links the unit was built from, 0..1 (1 for a unit a
 *                   person checked)
 * @param sentences  the range of sentences (indices into the segmented document) per language, empty ranges for
 *                   languages the unit lacks; empty when unknown (units imported from other tools)
 * @param revision   a person's check of the unit; empty when only the aligner made it
 * @param links      for each language but the pivot, the confidence of its pairwise link with the pivot in this
 *                   unit, 0..1 ({@link #confidence(Language, Language)}), where the unit has two or more; empty
 *                   when unknown (other tools' units); not used for a unit a person checked
 */
public record TranslationUnit(String id, String collection, String document,
                              SequencedMap<Language, String> variants, String beadType, double confidence,
                              SequencedMap<Language, Span> sentences, Optional<Revision> revision,
                              SequencedMap<Language, Double> links) {

    public TranslationUnit {
        variants = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(variants));
        sentences = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(sentences));
        links = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(links));
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("unit " + id + " has no text");
        }
        if (!beadType.isEmpty() && beadType.split("-").length != variants.size()) {
            throw new IllegalArgumentException("unit " + id + ": bead type " + beadType + " does not have one count"
                    + " per language (" + variants.size() + ")");
        }
    }

    /** A unit whose pairwise links are not known: its {@code confidence} is every pair's. */
    public TranslationUnit(String id, String collection, String document, SequencedMap<Language, String> variants,
                           String beadType, double confidence, SequencedMap<Language, Span> sentences,
                           Optional<Revision> revision) {
        this(id, collection, document, variants, beadType, confidence, sentences, revision, new LinkedHashMap<>());
    }

    /** A unit whose sentence ranges are not known and that no person checked (imports, benchmarks). */
    public TranslationUnit(String id, String collection, String document, SequencedMap<Language, String> variants,
                           String beadType, double confidence) {
        this(id, collection, document, variants, beadType, confidence, new LinkedHashMap<>(), Optional.empty());
    }

    public UnitStatus status() {
        return revision.map(Revision::status).orElse(UnitStatus.ALIGNED);
    }

    /** This unit as checked by a person: confidence 1. */
    public TranslationUnit revised(Revision check) {
        return new TranslationUnit(id, collection, document, variants, beadType, 1.0, sentences,
                Optional.of(check));
    }

    /**
     * The confidence of the link between two of the unit's languages: the lower of their links with the pivot (the
     * pivot's own is 1), so a pair is not judged by a third language's doubtful link; {@link #confidence} where
     * the links are not known.
     */
    public double confidence(Language first, Language second) {
        if (links.isEmpty() || revision.isPresent()) {
            return confidence;
        }
        return Math.min(link(first), link(second));
    }

    /** A language's link with the pivot: 1 for the pivot itself, the unit's confidence for one the links lack. */
    private double link(Language language) {
        return links.getOrDefault(language, language.equals(sourceLanguage()) ? 1.0 : confidence);
    }

    public Language sourceLanguage() {
        return variants.firstEntry().getKey();
    }

    public String text(Language language) {
        return variants.get(language);
    }

    /**
     * The shape of the link between two of the unit's languages, {@code 2-1} or {@code 1-0}: sentence counts from
     * {@link #beadType()}, 0 for a language the unit lacks; 1 per present language when the bead type is unknown.
     */
    public String beadType(Language first, Language second) {
        return sentences(first) + "-" + sentences(second);
    }

    private int sentences(Language language) {
        int position = 0;
        for (Language present : variants.keySet()) {
            if (present.equals(language)) {
                return beadType.isEmpty() ? 1 : Integer.parseInt(beadType.split("-")[position]);
            }
            position++;
        }
        return 0;
    }
}
