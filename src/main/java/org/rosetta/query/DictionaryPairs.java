package org.rosetta.query;

import org.rosetta.align.Dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bilingual dictionary's entries between the words of a language pair's units, as extra training pairs of one
 * word on each side, as Brown et al. (1993) add a dictionary to their training text: a word the units show once or
 * twice gives Model 1 little to tell its rendering from its neighbours. Words are looked up as written in the units,
 * normalised as the dictionary normalises its own ({@link Dictionary#normalised}), so "propriété" finds its entry
 * although the index folds it to "propriete"; entries are read both ways, so a word list whose first column is the
 * other language serves as well. Each pair of keys once; only entries both of whose words occur in the units, so a
 * large dictionary costs no more than a small one. Stateless.
 */
final class DictionaryPairs {

    private DictionaryPairs() {
    }

    /** The training pairs {@code dictionary} gives among {@code units}, in the order their words first occur. */
    static List<List<String>[]> among(List<TranslationSpotter.Tokens> units, Dictionary dictionary) {
        Map<String, String> sourceKeys = new LinkedHashMap<>();
        Map<String, String> targetKeys = new LinkedHashMap<>();
        for (TranslationSpotter.Tokens unit : units) {
            for (int i = 0; i < unit.source().size(); i++) {
                sourceKeys.putIfAbsent(Dictionary.normalised(unit.sourceWord(i)), unit.sourceKeys().get(i));
            }
            for (int j = 0; j < unit.target().size(); j++) {
                targetKeys.putIfAbsent(Dictionary.normalised(unit.targetWord(j)), unit.targetKeys().get(j));
            }
        }
        Set<String> seen = new HashSet<>();
        List<List<String>[]> pairs = new ArrayList<>();
        for (var source : sourceKeys.entrySet()) {
            for (String translation : dictionary.translationsOf(source.getKey())) {
                add(source.getValue(), targetKeys.get(translation), seen, pairs);
            }
        }
        for (var target : targetKeys.entrySet()) {
            for (String translation : dictionary.translationsOf(target.getKey())) {
                add(sourceKeys.get(translation), target.getValue(), seen, pairs);
            }
        }
        return pairs;
    }

    private static void add(String sourceKey, String targetKey, Set<String> seen, List<List<String>[]> pairs) {
        if (sourceKey != null && targetKey != null && seen.add(sourceKey + "\u0000" + targetKey)) {
            pairs.add(WordAlignment.pair(List.of(sourceKey), List.of(targetKey)));
        }
    }
}
