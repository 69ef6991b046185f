package org.rosetta.query;

import org.apache.lucene.analysis.CharArraySet;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of each unit's source its target renders, by the word links {@link TranslationSpotter} uses (IBM Model 1
 * both ways, trained on the pair's units, words keyed by {@link WordStems}; fast_align's diagonal; cognates linked):
 * the share of the source's content words (as written, not one of {@link LanguageAnalyzers#functionWords}) whose
 * most associated target word has them as its own most associated source word. A faithful translation links most of
 * them; a sentence missing from the target leaves its words without a partner. Stateless.
 */
public final class SourceCoverage {

    private SourceCoverage() {
    }

    /**
     * Whether the coverage of a pair's units says anything: both languages write words apart (Chinese, Japanese,
     * Thai, Lao, Khmer, Burmese and Tibetan tokens are dictionary guesses, whose partners say little about what a
     * sentence renders).
     */
    public static boolean measures(Language from, Language to) {
        return LanguageAnalyzers.writesWordsApart(from) && LanguageAnalyzers.writesWordsApart(to);
    }

    /**
     * For each {@code {source, target}} text pair (both non-empty), in order, the share of the source's content words
     * with a partner in the target; 1 for a source without content words.
     */
    public static double[] of(LanguageAnalyzers analyzers, Language from, Language to, List<String[]> texts) {
        WordStems sourceWords = WordStems.of(analyzers, from, to);
        WordStems targetWords = WordStems.of(analyzers, to, from);
        CharArraySet function = analyzers.functionWords(from);
        List<List<String>[]> training = new ArrayList<>();
        List<boolean[]> content = new ArrayList<>();
        for (String[] text : texts) {
            List<UnitIndex.Token> tokens = UnitIndex.tokens(analyzers.exactForLanguage(from), "exact", text[0]);
            boolean[] isContent = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) { // as written: the index folds accents its stop lists keep
                isContent[i] = !function.contains(tokens.get(i).span().of(text[0]).toLowerCase(Locale.ROOT));
            }
            content.add(isContent);
            training.add(WordAlignment.pair(sourceWords.keys(tokens),
                    targetWords.keys(UnitIndex.tokens(analyzers.exactForLanguage(to), "exact", text[1]))));
        }
        WordAlignment alignment = WordAlignment.train(training);
        double[] coverage = new double[texts.size()];
        for (int u = 0; u < texts.size(); u++) {
            WordAlignment.Linked linked = alignment.linked(training.get(u)[0], training.get(u)[1]);
            int words = 0;
            int partnered = 0;
            for (int i = 0; i < content.get(u).length; i++) {
                if (content.get(u)[i]) {
                    words++;
                    partnered += linked.partnered(i) ? 1 : 0;
                }
            }
            coverage[u] = words == 0 ? 1 : (double) partnered / words;
        }
        return coverage;
    }
}
