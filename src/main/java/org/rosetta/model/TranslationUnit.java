package org.rosetta.model;

import java.util.SequencedMap;
import java.util.Collections;
import java.util.LinkedHashMap;

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
 * @param beadType   the shape of the link, languages in variant order ({@code 1-1-2} for three languages)
 * @param confidence the lowest confidence of the pairwise links the unit was built from, 0..1
 */
public record TranslationUnit(String id, String collection, String document,
                              SequencedMap<Language, String> variants, String beadType, double confidence) {

    public TranslationUnit {
        variants = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(variants));
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("unit " + id + " has no text");
        }
    }

    public Language sourceLanguage() {
        return variants.firstEntry().getKey();
    }

    public String text(Language language) {
        return variants.get(language);
    }
}
