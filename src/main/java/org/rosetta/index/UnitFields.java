package org.rosetta.index;

import org.rosetta.model.Language;

import java.util.Optional;

/**
 * The fields of a unit document: one analysed, stored text field per language ({@code text.fa}), and stored
 * metadata. Field names are the index's schema; queries use them through this class only.
 */
public final class UnitFields {

    public static final String ID = "id";
    public static final String COLLECTION = "collection";
    public static final String DOCUMENT = "document";
    public static final String BEAD = "bead";
    public static final String CONFIDENCE = "confidence";
    /** Indexed, not stored: one term per language the unit has. */
    public static final String LANGUAGES = "languages";
    /** Stored, not indexed: the unit's languages in order, source first, space-separated. */
    public static final String LANGUAGE_ORDER = "order";
    private static final String TEXT_PREFIX = "text.";

    public static String text(Language language) {
        return TEXT_PREFIX + language.tag();
    }

    public static Optional<Language> languageOf(String field) {
        return field.startsWith(TEXT_PREFIX)
                ? Optional.of(Language.of(field.substring(TEXT_PREFIX.length())))
                : Optional.empty();
    }

    private UnitFields() {
    }
}
