package org.rosetta.query;

import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

/**
 * One key-word-in-context line: the text before the match, the match, the text after (each from the unit's text in
 * {@code language}, contexts cut to the requested width), and the unit with its translations.
 */
public record ConcordanceLine(TranslationUnit unit, Language language, String left, String keyword, String right) {
}
