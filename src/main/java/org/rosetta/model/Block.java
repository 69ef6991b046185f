package org.rosetta.model;

/** One structural block of a {@link Document}: its kind and its span in {@link Document#text()}. */
public record Block(BlockKind kind, Span span) {
}
