package org.rosetta.query;

import org.rosetta.model.Language;
import org.rosetta.model.Span;
import org.rosetta.model.TranslationUnit;

import java.util.List;

/**
 * One search result: the unit, its score, and where the query matched.
 *
 * @param matchedIn  the language whose text matched
 * @param highlights the matched words, as character spans into {@code unit.text(matchedIn)}, in order
 */
public record Hit(TranslationUnit unit, float score, Language matchedIn, List<Span> highlights) {

    public Hit {
        highlights = List.copyOf(highlights);
    }
}
