package org.rosetta.query;

import org.apache.lucene.analysis.CharArraySet;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How much of each unit's source its target renders, by the word alignment {@link TranslationSpotter} uses (IBM
 * Model 1 both ways, trained on the pair's units, words keyed by {@link WordStems}): the share of the source's content
 * words (not {@link LanguageAnalyzers#functionWords}) linked to a target word that links back to them, each the
 * other's most associated word. A faithful translation links most of them; a sentence missing from the target
 * leaves its words without a partner. Stateless.
 */
public final class SourceCoverage {

    /** Below this association a word has no partner. */
    private static final double MIN_ASSOCIATION = 0.01;
    /** Languages written without spaces between words, whose tokens are not words to count. */
    private static final Set<String> UNSPACED = Set.of("zh", "ja", "th", "lo", "km", "my", "bo");

    private SourceCoverage() {
    }

    /**
     * Whether the coverage of a pair's units says anything: both languages write words apart (Chinese, Japanese or
     * Thai tokens are characters or guesses, whose partners say little about what a sentence renders).
     */
    public static boolean measures(Language from, Language to) {
        return !UNSPACED.contains(from.primary()) && !UNSPACED.contains(to.primary());
    }

    /**
     * For each {@code {source, target}} text pair (both non-empty), in order, the share of the source's content words
     * with a partner in the target; 1 for a source without content words.
     */
    public static double[] of(LanguageAnalyzers analyzers, Language from, Language to, List<String[]> texts) {
        WordStems sourceWords = WordStems.of(analyzers, from, to);
        WordStems targetWords = WordStems.of(analyzers, to, from);
        List<List<String>[]> training = new ArrayList<>();
        for (String[] text : texts) {
            training.add(WordAlignment.pair(
                    sourceWords.keys(UnitIndex.tokens(analyzers.exactForLanguage(from), "exact", text[0])),
                    targetWords.keys(UnitIndex.tokens(analyzers.exactForLanguage(to), "exact", text[1]))));
        }
        WordAlignment alignment = WordAlignment.train(training);
        CharArraySet function = analyzers.functionWords(from);
        double[] coverage = new double[texts.size()];
        for (int u = 0; u < texts.size(); u++) {
            coverage[u] = share(alignment, training.get(u)[0], training.get(u)[1], function);
        }
        return coverage;
    }

    private static double share(WordAlignment alignment, List<String> source, List<String> target,
                                CharArraySet function) {
        double[][] association = new double[source.size()][target.size()];
        int[] bestSource = new int[target.size()];
        for (int i = 0; i < source.size(); i++) {
            for (int j = 0; j < target.size(); j++) {
                association[i][j] = alignment.association(source.get(i), target.get(j));
                if (association[i][j] > association[bestSource[j]][j]) {
                    bestSource[j] = i;
                }
            }
        }
        int content = 0;
        int partnered = 0;
        for (int i = 0; i < source.size(); i++) {
            if (function.contains(source.get(i))) {
                continue;
            }
            content++;
            int best = 0;
            for (int j = 1; j < target.size(); j++) {
                best = association[i][j] > association[i][best] ? j : best;
            }
            if (!target.isEmpty() && bestSource[best] == i && association[i][best] > MIN_ASSOCIATION) {
                partnered++;
            }
        }
        return content == 0 ? 1 : (double) partnered / content;
    }
}
