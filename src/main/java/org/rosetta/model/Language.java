package org.rosetta.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A language, identified by a lower-case BCP 47 tag ({@code en}, {@code fa}, {@code pt-br}).
 *
 * <p>Equality is by normalised tag, so {@code EN-US} and {@code en-us} are the same language. Immutable.
 */
public record Language(String tag) implements Comparable<Language> {

    private static final java.util.Set<String> ISO_639_1 = java.util.Set.of(Locale.getISOLanguages());
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");

    public Language {
        Objects.requireNonNull(tag, "tag");
        tag = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (!TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("not a language tag: '" + tag + "'");
        }
    }

    public static Language of(String tag) {
        return new Language(tag);
    }

    /**
     * Whether the primary subtag names a language: an ISO 639-1 code ({@code fa}, {@code pt-br}), or three letters
     * ({@code gsw}, {@code cmn}, {@code pes}: ISO 639-3 has some 7,000, more than any list at hand names); not
     * {@code xx}.
     */
    public boolean isKnown() {
        String primary = primary();
        return primary.length() != 2 || ISO_639_1.contains(primary);
    }

    /**
     * Whether this language falls within {@code range} as a language range of RFC 4647's basic filtering reads it:
     * {@code en-us} and {@code en} are within {@code en}, {@code en} is not within {@code en-us}.
     */
    public boolean within(Language range) {
        return tag.equals(range.tag) || tag.startsWith(range.tag + "-");
    }

    /** The primary subtag: {@code fa} for {@code fa-ir}. */
    public String primary() {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    @Override
    public int compareTo(Language other) {
        return tag.compareTo(other.tag);
    }

    @Override
    public String toString() {
        return tag;
    }
}
