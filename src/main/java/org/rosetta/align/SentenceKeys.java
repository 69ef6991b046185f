package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lexical evidence of two documents as sorted int keys per sentence, in one key space, so that a bead's
 * evidence is the size of an intersection: anchors and cognate keys on both sides; on the source side the target
 * words its words translate to (dictionary, learnt lexicon), on the target side its own words that some translation
 * can produce. Also the word ids a lexicon is trained on. Not thread-safe.
 */
final class SentenceKeys {

    final int[][] source;
    final int[][] target;
    final int[][] sourceWords;
    final int[][] targetWords;
    /** Keys that tell where the documents correspond: anchors and cognates only. */
    final int[][] sourceAnchors;
    final int[][] targetAnchors;

    private SentenceKeys(int[][] source, int[][] target, int[][] sourceWords, int[][] targetWords,
                         int[][] sourceAnchors, int[][] targetAnchors) {
        this.source = source;
        this.target = target;
        this.sourceWords = sourceWords;
        this.targetWords = targetWords;
        this.sourceAnchors = sourceAnchors;
        this.targetAnchors = targetAnchors;
    }

    static SentenceKeys of(SegmentedDocument sourceDocument, SegmentedDocument targetDocument,
                           AlignerSettings settings, Lexicon lexicon) {
        Map<String, Integer> space = new HashMap<>();
        Map<String, Integer> sourceVocabulary = new HashMap<>();
        Map<String, Integer> targetVocabulary = new HashMap<>();
        boolean acrossScripts = !sameScript(sourceDocument, targetDocument);
        Cognates cognates = new Cognates(acrossScripts);
        Optional<Dictionary> dictionary = settings.uses(Signal.DICTIONARY) ? settings.dictionary() : Optional.empty();

        int n = sourceDocument.size();
        int m = targetDocument.size();
        int[][] sourceWords = new int[n][];
        int[][] targetWords = new int[m][];
        int[][] sourceAnchors = new int[n][];
        int[][] targetAnchors = new int[m][];
        for (int i = 0; i < n; i++) {
            List<String> words = WordNormaliser.words(sourceDocument.text(i));
            sourceWords[i] = ids(words, sourceVocabulary);
            sourceAnchors[i] = anchorKeys(sourceDocument.text(i), words, settings, cognates, space);
        }
        for (int j = 0; j < m; j++) {
            List<String> words = WordNormaliser.words(targetDocument.text(j));
            targetWords[j] = ids(words, targetVocabulary);
            targetAnchors[j] = anchorKeys(targetDocument.text(j), words, settings, cognates, space);
        }
        String[] targetWordOf = new String[targetVocabulary.size()];
        targetVocabulary.forEach((word, id) -> targetWordOf[id] = word);
        String[] sourceWordOf = new String[sourceVocabulary.size()];
        sourceVocabulary.forEach((word, id) -> sourceWordOf[id] = word);

        Set<String> producible = new java.util.HashSet<>();
        int[][] source = new int[n][];
        for (int i = 0; i < n; i++) {
            TreeSet<Integer> keys = boxed(sourceAnchors[i]);
            for (int word : sourceWords[i]) {
                if (settings.uses(Signal.LEXICON)) {
                    for (int translation : lexicon.translations(word)) {
                        String key = "w" + targetWordOf[translation];
                        producible.add(key);
                        keys.add(space.computeIfAbsent(key, k -> space.size()));
                    }
                }
                if (dictionary.isPresent()) {
                    for (String translation : dictionary.get().translations(sourceWordOf[word])) {
                        String key = "w" + translation;
                        producible.add(key);
                        keys.add(space.computeIfAbsent(key, k -> space.size()));
                    }
                }
            }
            source[i] = unboxed(keys);
        }
        int[][] target = new int[m][];
        for (int j = 0; j < m; j++) {
            TreeSet<Integer> keys = boxed(targetAnchors[j]);
            for (int word : targetWords[j]) {
                String key = "w" + targetWordOf[word];
                if (producible.contains(key)) {
                    keys.add(space.get(key));
                }
            }
            target[j] = unboxed(keys);
        }
        return new SentenceKeys(source, target, sourceWords, targetWords, sourceAnchors, targetAnchors);
    }

    private static int[] anchorKeys(String sentence, List<String> words, AlignerSettings settings, Cognates cognates,
                                    Map<String, Integer> space) {
        TreeSet<Integer> keys = new TreeSet<>();
        if (settings.uses(Signal.ANCHORS)) {
            for (String anchor : WordNormaliser.anchors(sentence)) {
                keys.add(space.computeIfAbsent(anchor, k -> space.size()));
            }
        }
        if (settings.uses(Signal.COGNATES)) {
            for (String word : words) {
                if (!Character.isDigit(word.charAt(0))) {
                    cognates.key(word).ifPresent(key -> keys.add(space.computeIfAbsent(key, k -> space.size())));
                }
            }
        }
        return unboxed(keys);
    }

    private static int[] ids(List<String> words, Map<String, Integer> vocabulary) {
        return words.stream().mapToInt(w -> vocabulary.computeIfAbsent(w, k -> vocabulary.size())).toArray();
    }

    private static boolean sameScript(SegmentedDocument a, SegmentedDocument b) {
        return dominantScript(a) == dominantScript(b);
    }

    private static Character.UnicodeScript dominantScript(SegmentedDocument document) {
        int[] counts = new int[Character.UnicodeScript.values().length];
        String text = document.document().text();
        for (int i = 0; i < Math.min(text.length(), 20_000); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                counts[Character.UnicodeScript.of(c).ordinal()]++;
            }
        }
        int best = 0;
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return Character.UnicodeScript.values()[best];
    }

    private static TreeSet<Integer> boxed(int[] keys) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int key : keys) {
            set.add(key);
        }
        return set;
    }

    private static int[] unboxed(TreeSet<Integer> keys) {
        return keys.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many keys two sorted, distinct key lists share. */
    static int shared(int[] a, int[] b) {
        int count = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                count++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return count;
    }

    /** The sorted union of two sorted, distinct key lists. */
    static int[] union(int[] a, int[] b) {
        int[] merged = new int[a.length + b.length];
        int size = 0;
        for (int x = 0, y = 0; x < a.length || y < b.length; ) {
            if (y == b.length || (x < a.length && a[x] < b[y])) {
                merged[size++] = a[x++];
            } else if (x == a.length || b[y] < a[x]) {
                merged[size++] = b[y++];
            } else {
                merged[size++] = a[x++];
                y++;
            }
        }
        return Arrays.copyOf(merged, size);
    }
}
