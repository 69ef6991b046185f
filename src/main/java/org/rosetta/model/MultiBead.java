package org.rosetta.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * One link across several languages: for each language, the range of its sentences ({@link Span} of sentence
 * indices, possibly empty) that say the same thing. The pivot language comes first.
 *
 * @param links for each other language the link holds, the confidence (0..1) of its pairwise alignment with the
 *              pivot there: the lowest of that alignment's beads the link was built from
 */
public record MultiBead(SequencedMap<Language, Span> sentences, SequencedMap<Language, Double> links) {

    public MultiBead {
        sentences = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(sentences));
        links = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(links));
    }

    /** The lowest confidence of the pairwise links, 0..1; 1 where there are none. */
    public double confidence() {
        return links.values().stream().mapToDouble(Double::doubleValue).min().orElse(1.0);
    }

    /** Sentence counts per language joined by dashes, in language order: {@code 1-1-2}. */
    public String type() {
        StringBuilder type = new StringBuilder();
        for (Span range : sentences.values()) {
            if (!type.isEmpty()) {
                type.append('-');
            }
            type.append(range.length());
        }
        return type.toString();
    }
}
