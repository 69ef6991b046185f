package org.rosetta.tmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * A {@code tu}: its attributes by name ({@code tuid}, {@code srclang}, {@code creationdate}, ...), notes, props and
 * variants in document order. Immutable.
 */
public record TmxUnit(SequencedMap<String, String> attributes, List<TmxNote> notes, List<TmxProp> props,
                      List<TmxVariant> variants) {

    public TmxUnit {
        attributes = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(attributes));
        notes = List.copyOf(notes);
        props = List.copyOf(props);
        variants = List.copyOf(variants);
    }

    public Optional<String> tuid() {
        return Optional.ofNullable(attributes.get("tuid"));
    }

    public Optional<String> prop(String type) {
        return props.stream().filter(p -> p.type().equals(type)).map(TmxProp::value).findFirst();
    }
}
