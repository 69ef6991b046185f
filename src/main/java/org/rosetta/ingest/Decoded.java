package org.rosetta.ingest;

/**
 * Text decoded from bytes.
 *
 * @param text    the decoded text, without a byte order mark
 * @param charset the name of the encoding used
 * @param guessed whether the encoding was guessed statistically rather than known from a BOM or valid UTF-8
 */
public record Decoded(String text, String charset, boolean guessed) {
}
