package org.rosetta.tmx;

import java.util.Locale;
import java.util.Optional;

/**
 * The inline elements of a TMX 1.4b {@code seg}. {@link #HI} and {@link #SUB} hold translatable text; the others
 * hold native code (a tag of the original format, {@code <b>}, {@code %d}).
 */
public enum InlineKind {
    BPT, EPT, IT, PH, HI, UT, SUB;

    public String element() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InlineKind> ofElement(String name) {
        for (InlineKind kind : values()) {
            if (kind.element().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
