package org.rosetta.tmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * An inline element of a segment: its kind, its attributes by name ({@code i}, {@code x}, {@code type},
 * {@code pos}, ...) in document order, and its content (native code text and nested {@code sub}, or for
 * {@code hi}/{@code sub}, text and nested codes). Immutable.
 */
public record InlineCode(InlineKind kind, SequencedMap<String, String> attributes, List<SegPart> content)
        implements SegPart {

    public InlineCode {
        attributes = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(attributes));
        content = List.copyOf(content);
    }

    public static InlineCode of(InlineKind kind, Map<String, String> attributes, String nativeCode) {
        return new InlineCode(kind, new LinkedHashMap<>(attributes),
                nativeCode.isEmpty() ? List.of() : List.of(new SegText(nativeCode)));
    }
}
