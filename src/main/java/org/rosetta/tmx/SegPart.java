package org.rosetta.tmx;

/** A piece of a {@link Seg}: text, or an inline code. */
public sealed interface SegPart permits SegText, InlineCode {
}
