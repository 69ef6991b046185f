package org.rosetta.query;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Elided articles taken off the words they are written with, for word alignment: "l’éducation" is "éducation"
 * after "l’", so that it is counted with "éducation" and a rendering does not start with an article. The articles
 * are Lucene's elision sets (French's, the one it publishes); other languages' words are left as they are. The
 * token's span then starts after the apostrophe. Stateless.
 */
final class Elision {

    private static final Map<String, CharArraySet> ARTICLES = Map.of("fr", FrenchAnalyzer.DEFAULT_ARTICLES);

    private Elision() {
    }

    /** {@code tokens} of {@code language}, each elided article before an apostrophe removed. */
    static List<UnitIndex.Token> strip(List<UnitIndex.Token> tokens, Language language) {
        CharArraySet articles = ARTICLES.get(language.primary());
        if (articles == null) {
            return tokens;
        }
        List<UnitIndex.Token> stripped = new ArrayList<>(tokens.size());
        for (UnitIndex.Token token : tokens) {
            String term = token.term();
            int apostrophe = Math.max(term.indexOf('\''), term.indexOf('’'));
            if (apostrophe > 0 && apostrophe < term.length() - 1
                    && articles.contains(term.subSequence(0, apostrophe))) {
                stripped.add(new UnitIndex.Token(term.substring(apostrophe + 1),
                        new Span(token.span().start() + apostrophe + 1, token.span().end())));
            } else {
                stripped.add(token);
            }
        }
        return stripped;
    }
}
