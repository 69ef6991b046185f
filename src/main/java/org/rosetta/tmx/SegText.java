package org.rosetta.tmx;

import java.util.Objects;

/** Character data of a segment, exactly as read (no white-space normalisation). */
public record SegText(String text) implements SegPart {

    public SegText {
        Objects.requireNonNull(text, "text");
    }
}
