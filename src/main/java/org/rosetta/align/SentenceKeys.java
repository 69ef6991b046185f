package org.rosetta.align;

import org.rosetta.model.SegmentedDocument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lexical evidence of two documents as sorted int keys per sentence and channel, in one key space, so that a
 * bead's evidence in a channel is the size of an intersection. Channels are named by their {@link Signal}:
 * {@link Signal#ANCHORS}: numbers (digits, spelled-out ordinals, cardinals above ten), dates as days, URLs,
 * e-mails, hashtags on both sides; {@link Signal#COGNATES}: cognate and name keys on both sides;
 * {@link Signal#PUNCTUATION}: the kinds of punctuation on both sides;
 * {@link Signal#DICTIONARY} and {@link Signal#LEXICON}: on the source side the target words its words translate
 * to, on the target side its own words that some translation can produce. Separate channels are weighed
 * separately, so frequent function-word translations do not drown rare anchors. Not thread-safe.
 */
final class SentenceKeys {

    /** The signals that are key channels (length and structure are not). */
    static final Set<Signal> CHANNELS = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(Signal.ANCHORS,
            Signal.COGNATES, Signal.DICTIONARY, Signal.LEXICON, Signal.PUNCTUATION));

    /** channel -> [sentence] -> sorted distinct keys. */
    private final Map<Signal, int[][]> source;
    private final Map<Signal, int[][]> target;

    private SentenceKeys(Map<Signal, int[][]> source, Map<Signal, int[][]> target) {
        this.source = source;
        this.target = target;
    }

    static SentenceKeys of(SegmentedDocument sourceDocument, SegmentedDocument targetDocument,
                           AlignerSettings settings, Lexicon lexicon) {
        Map<String, Integer> space = new HashMap<>();
        Map<String, Integer> sourceVocabulary = new HashMap<>();
        Map<String, Integer> targetVocabulary = new HashMap<>();
        Cognates cognates = new Cognates(Scripts.of(sourceDocument, targetDocument));
        Optional<Dictionary> dictionary = settings.uses(Signal.DICTIONARY) ? settings.dictionary() : Optional.empty();

        int n = sourceDocument.size();
        int m = targetDocument.size();
        int[][] sourceWords = new int[n][];
        int[][] targetWords = new int[m][];
        int[][] sourceAnchors = new int[n][];
        int[][] targetAnchors = new int[m][];
        int[][] sourceCognates = new int[n][];
        int[][] targetCognates = new int[m][];
        for (int i = 0; i < n; i++) {
            List<String> words = WordNormaliser.words(sourceDocument.text(i));
            sourceWords[i] = Lexicon.ids(words, sourceVocabulary);
            sourceAnchors[i] = anchorKeys(sourceDocument.text(i), words, sourceDocument.language(), settings, space);
            sourceCognates[i] = cognateKeys(words, settings, cognates, space);
        }
        for (int j = 0; j < m; j++) {
            List<String> words = WordNormaliser.words(targetDocument.text(j));
            targetWords[j] = Lexicon.ids(words, targetVocabulary);
            targetAnchors[j] = anchorKeys(targetDocument.text(j), words, targetDocument.language(), settings, space);
            targetCognates[j] = cognateKeys(words, settings, cognates, space);
        }
        String[] targetWordOf = new String[targetVocabulary.size()];
        targetVocabulary.forEach((word, id) -> targetWordOf[id] = word);
        String[] sourceWordOf = new String[sourceVocabulary.size()];
        sourceVocabulary.forEach((word, id) -> sourceWordOf[id] = word);

        Map<Signal, int[][]> source = new java.util.EnumMap<>(Signal.class);
        Map<Signal, int[][]> target = new java.util.EnumMap<>(Signal.class);
        source.put(Signal.ANCHORS, sourceAnchors);
        target.put(Signal.ANCHORS, targetAnchors);
        source.put(Signal.COGNATES, sourceCognates);
        target.put(Signal.COGNATES, targetCognates);
        source.put(Signal.PUNCTUATION, punctuationKeys(sourceDocument, settings, space));
        target.put(Signal.PUNCTUATION, punctuationKeys(targetDocument, settings, space));
        Translations lexical = settings.uses(Signal.LEXICON)
                ? word -> lexicon.translations(sourceWordOf[word])
                : word -> List.of();
        Translations listed = dictionary.isPresent()
                ? word -> List.copyOf(dictionary.get().translations(sourceWordOf[word]))
                : word -> List.of();
        translationChannel(Signal.LEXICON, lexical, sourceWords, targetWords, targetWordOf, space, source, target);
        translationChannel(Signal.DICTIONARY, listed, sourceWords, targetWords, targetWordOf, space, source, target);
        return new SentenceKeys(source, target);
    }

    /** The keys of each source sentence in a channel. */
    int[][] source(Signal channel) {
        return source.get(channel);
    }

    /** The keys of each target sentence in a channel. */
    int[][] target(Signal channel) {
        return target.get(channel);
    }

    /** The target words a source word (by id) may translate to. */
    private interface Translations {
        List<String> of(int sourceWord);
    }

    private static void translationChannel(Signal channel, Translations translations, int[][] sourceWords,
                                           int[][] targetWords, String[] targetWordOf, Map<String, Integer> space,
                                           Map<Signal, int[][]> source, Map<Signal, int[][]> target) {
        Set<Integer> producible = new java.util.HashSet<>();
        int[][] sourceKeys = new int[sourceWords.length][];
        source.put(channel, sourceKeys);
        for (int i = 0; i < sourceWords.length; i++) {
            TreeSet<Integer> keys = new TreeSet<>();
            for (int word : sourceWords[i]) {
                for (String translation : translations.of(word)) {
                    int key = space.computeIfAbsent("w" + translation, k -> space.size());
                    producible.add(key);
                    keys.add(key);
                }
            }
            sourceKeys[i] = unboxed(keys);
        }
        int[][] targetKeys = new int[targetWords.length][];
        target.put(channel, targetKeys);
        for (int j = 0; j < targetWords.length; j++) {
            TreeSet<Integer> keys = new TreeSet<>();
            for (int word : targetWords[j]) {
                Integer key = space.get("w" + targetWordOf[word]);
                if (key != null && producible.contains(key)) {
                    keys.add(key);
                }
            }
            targetKeys[j] = unboxed(keys);
        }
    }

    /**
     * Numbers (in digits, spelled out, {@link NumberWords}, or in Roman numerals, {@link RomanNumerals}; a Persian
     * year also as the Gregorian years it overlaps, {@link SolarHijriYears}), URLs,
     * e-mails and hashtags; and dates as the days they mean ({@link DateMentions}: "۱۲ آبان ۱۴۰۲" and "3 نوفمبر
     * 2023", "5 February 2024" and "05.02.2024" share one), besides their numbers.
     */
    private static int[] anchorKeys(String sentence, List<String> words, org.rosetta.model.Language language,
                                    AlignerSettings settings, Map<String, Integer> space) {
        TreeSet<Integer> keys = new TreeSet<>();
        if (settings.uses(Signal.ANCHORS)) {
            List<WordNormaliser.Anchor> anchors = WordNormaliser.anchorsIn(sentence);
            for (WordNormaliser.Anchor anchor : anchors) {
                keys.add(space.computeIfAbsent(anchor.key(), k -> space.size()));
            }
            for (long year : SolarHijriYears.gregorian(sentence, anchors, language)) {
                keys.add(space.computeIfAbsent("#" + year, k -> space.size()));
            }
            for (String anchor : NumberWords.anchorKeys(words, language)) {
                keys.add(space.computeIfAbsent(anchor, k -> space.size()));
            }
            for (long number : RomanNumerals.in(sentence)) {
                keys.add(space.computeIfAbsent("#" + number, k -> space.size()));
            }
            for (DateMentions.Mention date : DateMentions.in(sentence, language)) {
                for (long day : date.days()) {
                    keys.add(space.computeIfAbsent("%" + day, k -> space.size()));
                }
            }
        }
        return unboxed(keys);
    }

    private static int[] cognateKeys(List<String> words, AlignerSettings settings, Cognates cognates,
                                     Map<String, Integer> space) {
        TreeSet<Integer> keys = new TreeSet<>();
        if (settings.uses(Signal.COGNATES)) {
            for (String word : words) {
                if (!Character.isDigit(word.charAt(0))) {
                    cognates.key(word).ifPresent(key -> keys.add(space.computeIfAbsent(key, k -> space.size())));
                }
            }
        }
        return unboxed(keys);
    }

    private static int[][] punctuationKeys(SegmentedDocument document, AlignerSettings settings,
                                           Map<String, Integer> space) {
        int[][] keys = new int[document.size()][];
        for (int k = 0; k < document.size(); k++) {
            TreeSet<Integer> kinds = new TreeSet<>();
            if (settings.uses(Signal.PUNCTUATION)) {
                for (String kind : WordNormaliser.punctuation(document.text(k))) {
                    kinds.add(space.computeIfAbsent(kind, x -> space.size()));
                }
            }
            keys[k] = unboxed(kinds);
        }
        return keys;
    }

    private static int[] unboxed(TreeSet<Integer> keys) {
        return keys.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many keys two sorted, distinct key lists (the first {@code aSize} and {@code bSize} entries) share. */
    static int shared(int[] a, int aSize, int[] b, int bSize) {
        int count = 0;
        for (int x = 0, y = 0; x < aSize && y < bSize; ) {
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

    /**
     * Merges the sorted, distinct {@code keys} into the first {@code size} sorted, distinct entries of {@code into}
     * (which has room), through {@code spare} (as large), keeping it sorted and distinct; returns the new size.
     */
    static int mergeInto(int[] into, int size, int[] keys, int[] spare) {
        if (keys.length == 0) {
            return size;
        }
        int merged = 0;
        for (int x = 0, y = 0; x < size || y < keys.length; ) {
            if (y == keys.length || (x < size && into[x] < keys[y])) {
                spare[merged++] = into[x++];
            } else if (x == size || keys[y] < into[x]) {
                spare[merged++] = keys[y++];
            } else {
                spare[merged++] = into[x++];
                y++;
            }
        }
        System.arraycopy(spare, 0, into, 0, merged);
        return merged;
    }
}
