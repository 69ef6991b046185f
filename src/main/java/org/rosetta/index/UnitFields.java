package org.rosetta.index;

import org.rosetta.model.Language;

import java.util.Optional;

/**
 * The fields of a unit document: per language a stored, stemmed text field ({@code text.fa}) and an unstored,
 * unstemmed exact field ({@code exact.fa}); stored metadata. Field names are the index's schema; queries use them through this class only.
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
    private static final String EXACT_PREFIX = "exact.";

    /** Stored; analysed by the language's own (stemming) analyzer. */
    public static String text(Language language) {
        return TEXT_PREFIX + language.tag();
    }

    /** Not stored; unstemmed, folded words, for exact phrases and fuzzy matching. */
    public static String exact(Language language) {
        return EXACT_PREFIX + language.tag();
    }

    public static boolean isExact(String field) {
        return field.startsWith(EXACT_PREFIX);
    }

    /** The language of a text or exact field; empty for other fields. */
    public static Optional<Language> languageOf(String field) {
        if (field.startsWith(TEXT_PREFIX)) {
            return Optional.of(Language.of(field.substring(TEXT_PREFIX.length())));
        }
        if (field.startsWith(EXACT_PREFIX)) {
            return Optional.of(Language.of(field.substring(EXACT_PREFIX.length())));
        }
        return Optional.empty();
    }

    private UnitFields() {
    }
}
