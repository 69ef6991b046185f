package org.rosetta.query;

import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Closed compounds taken apart for word alignment, in the languages that write a compound as one word (German,
 * Dutch, the Scandinavian languages, Icelandic, Faroese, Afrikaans, Luxembourgish, Finnish, Estonian): a word is
 * read as two words of the same texts when both are words there (as the word alignment keys them, a plural or a
 * case ending aside) of at least {@value #MIN_PART} letters, the first perhaps with a linking "s", "es", "n" or
 * "en", or without its last "e" ("menschenrechte": "menschen" + "rechte"; "versammlungsfreiheit": "versammlung" +
 * "freiheit"; "grundschulunterricht": "grundschule" + "unterricht"), the second again when it is a compound itself;
 * of several splits, the one whose parts are the most frequent (their frequencies' geometric mean, Koehn and Knight
 * 2003). So "human" is aligned with "Menschen" inside "Menschenrechte" instead of with the whole compound, and a
 * collection's few hundred sentences pool the evidence of a part with the word standing alone. Each part keeps its
 * place in the text, a span inside the word's ("Versammlungs" with its linking "s"), and is known by its letters
 * (the first with a lost "e" given back: "grundschule"). Words of other languages are returned as they are. Not
 * thread-safe: it keys words as a {@link WordStems} does (one per thread, as that).
 */
final class CompoundSplitter {

    /**
     * A part's letters at least: "recht", "grund", "frau" may be parts, but not a short word that is also a syllable
     * of many others ("tat", "ein", "ort").
     */
    static final int MIN_PART = 4;
    /** Languages writing compounds closed, by primary subtag. */
    private static final Set<String> COMPOUNDING = Set.of("de", "nl", "sv", "da", "nb", "nn", "no", "is", "fo", "af",
            "lb", "fi", "et");
    /** What may join the first part to the second, and the letter a first part may have lost ("schul" for "schule"). */
    private static final List<String> LINKS = List.of("", "s", "es", "n", "en");
    private static final List<String> LOST = List.of("", "e");

    private final Map<String, Integer> frequency;
    private final UnaryOperator<String> key;
    private final Map<String, List<Part>> splits = new HashMap<>();

    private CompoundSplitter(Map<String, Integer> frequency, UnaryOperator<String> key) {
        this.frequency = frequency;
        this.key = key;
    }

    /** A splitter for {@code language} that knows the words of {@code texts} (its tokens, one list per text). */
    static CompoundSplitter of(Language language, Collection<List<UnitIndex.Token>> texts,
                               UnaryOperator<String> key) {
        Map<String, Integer> frequency = new HashMap<>();
        if (COMPOUNDING.contains(language.primary())) {
            for (List<UnitIndex.Token> text : texts) {
                text.forEach(token -> frequency.merge(key.apply(token.term()), 1, Integer::sum));
            }
        }
        return new CompoundSplitter(frequency, key);
    }

    /** The tokens with each compound replaced by its parts, in text order. */
    List<UnitIndex.Token> split(List<UnitIndex.Token> tokens) {
        if (frequency.isEmpty()) {
            return tokens;
        }
        List<UnitIndex.Token> parts = new ArrayList<>();
        for (UnitIndex.Token token : tokens) {
            String word = token.term();
            if (word.length() != token.span().length()) { // folded to another length: no place for its parts
                parts.add(token);
                continue;
            }
            for (Part part : parts(word)) {
                parts.add(new UnitIndex.Token(part.word(), new Span(token.span().start() + part.start(),
                        token.span().start() + part.end())));
            }
        }
        return parts;
    }

    /** A part of a word: its place in the word, and the word it is (a first part with its lost "e" given back). */
    private record Part(int start, int end, String word) {
    }

    /** The parts of a word, the first with its linking letters; the word itself when it is no compound. */
    private List<Part> parts(String word) {
        List<Part> known = splits.get(word);
        if (known != null) {
            return known;
        }
        List<Part> best = List.of(new Part(0, word.length(), word));
        double bestScore = 0;
        for (int cut = MIN_PART; cut + MIN_PART <= word.length(); cut++) {
            String right = key.apply(word.substring(cut));
            if (!frequency.containsKey(right)) {
                continue;
            }
            for (String link : LINKS) {
                int end = cut - link.length();
                if (end < MIN_PART || !word.startsWith(link, end)) {
                    continue;
                }
                for (String lost : LOST) {
                    String left = word.substring(0, end) + lost;
                    int count = frequency.getOrDefault(key.apply(left), 0);
                    double score = Math.sqrt((double) count * frequency.get(right));
                    if (count > 0 && score > bestScore) {
                        bestScore = score;
                        List<Part> split = new ArrayList<>();
                        split.add(new Part(0, cut, left));
                        for (Part part : parts(word.substring(cut))) {
                            split.add(new Part(cut + part.start(), cut + part.end(), part.word()));
                        }
                        best = split;
                    }
                }
            }
        }
        splits.putIfAbsent(word, best);
        return best;
    }
}
