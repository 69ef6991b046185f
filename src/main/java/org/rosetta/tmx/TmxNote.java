package org.rosetta.tmx;

/** A {@code note}: free text; {@code lang} is empty when unset. */
public record TmxNote(String lang, String value) {
}
