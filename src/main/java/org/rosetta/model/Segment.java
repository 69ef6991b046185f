package org.rosetta.model;

/**
 * A sentence of a document: its span in the document's text and the block it belongs to.
 *
 * @param index the sentence's position in its document, from 0
 * @param span  where the sentence is in {@link Document#text()}, trimmed of surrounding white space
 * @param block the index of the enclosing {@link Block} in {@link Document#blocks()}
 * @param kind  the kind of the enclosing block
 */
public record Segment(int index, Span span, int block, BlockKind kind) {
}
