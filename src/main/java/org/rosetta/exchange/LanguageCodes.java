package org.rosetta.exchange;

import org.rosetta.model.Language;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language codes written into an export: each language's own tag, or only its primary subtag, unless mapped
 * explicitly ({@code en=en-US,fa=fa-IR}: Okapi matches codes exactly, memoQ maps them, Wordfast takes at most five
 * characters).
 *
 * @param form      how unmapped languages are written
 * @param overrides explicit codes, written exactly as given
 */
public record LanguageCodes(Form form, Map<Language, String> overrides) {

    public enum Form {
        /** The tag as Rosetta knows it: {@code fa}, {@code pt-br}. */
        AS_IS,
        /** The primary subtag only: {@code pt-br} becomes {@code pt}. */
        LANGUAGE
    }

    public LanguageCodes {
        overrides = Map.copyOf(overrides);
    }

    public static LanguageCodes asIs() {
        return new LanguageCodes(Form.AS_IS, Map.of());
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,34}");

    /** Parses {@code as-is}, {@code language}, or a list {@code en=en-US,fa=fa-IR} (other languages as-is). */
    public static LanguageCodes parse(String text) {
        String spec = text.strip().toLowerCase(Locale.ROOT);
        if (spec.equals("as-is")) {
            return asIs();
        }
        if (spec.equals("language")) {
            return new LanguageCodes(Form.LANGUAGE, Map.of());
        }
        Map<Language, String> overrides = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException("language codes: expected as-is, language, or LANG=CODE,...;"
                        + " got '" + pair.strip() + "'");
            }
            String code = parts[1].strip();
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("language codes: '" + code + "' is not a code (letters, digits,"
                        + " '-' and '_'; it names files and TMX attributes)");
            }
            overrides.put(Language.of(parts[0]), code);
        }
        return new LanguageCodes(Form.AS_IS, overrides);
    }

    public String code(Language language) {
        String override = overrides.get(language);
        if (override != null) {
            return override;
        }
        return form == Form.LANGUAGE ? language.primary() : language.tag();
    }
}
