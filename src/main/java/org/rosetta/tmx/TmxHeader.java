package org.rosetta.tmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * A TMX {@code header}: its attributes by name ({@code creationtool}, {@code srclang}, {@code o-tmf}, ...), notes
 * and props. Immutable.
 */
public record TmxHeader(SequencedMap<String, String> attributes, List<TmxNote> notes, List<TmxProp> props) {

    /** The attributes TMX 1.4b requires, in the order of its DTD. */
    public static final List<String> REQUIRED = List.of("creationtool", "creationtoolversion", "segtype", "o-tmf",
            "adminlang", "srclang", "datatype");

    public TmxHeader {
        attributes = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(attributes));
        notes = List.copyOf(notes);
        props = List.copyOf(props);
    }

    /** The {@code srclang}: a language tag, or {@code *all*} when any variant may be the source. */
    public String sourceLanguage() {
        return attributes.getOrDefault("srclang", "*all*");
    }

    public Optional<String> prop(String type) {
        return props.stream().filter(p -> p.type().equals(type)).map(TmxProp::value).findFirst();
    }
}
