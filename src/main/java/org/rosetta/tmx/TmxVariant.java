package org.rosetta.tmx;

import org.rosetta.model.Language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * A {@code tuv}: the language code exactly as written ({@code EN-US}, {@code fa-IR}), its other attributes by name,
 * notes, props and the segment. Immutable.
 */
public record TmxVariant(String lang, SequencedMap<String, String> attributes, List<TmxNote> notes,
                         List<TmxProp> props, Seg seg) {

    public TmxVariant {
        attributes = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(attributes));
        notes = List.copyOf(notes);
        props = List.copyOf(props);
    }

    public static TmxVariant of(String lang, Seg seg) {
        return new TmxVariant(lang, new LinkedHashMap<>(), List.of(), List.of(), seg);
    }

    /** The language, normalised: {@code EN-US} and {@code en-us} are the same. */
    public Language language() {
        return Language.of(lang);
    }
}
