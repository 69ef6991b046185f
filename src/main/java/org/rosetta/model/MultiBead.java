package org.rosetta.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * One link across several languages: for each language, the range of its sentences ({@link Span} of sentence
 * indices, possibly empty) that say the same thing. The pivot language comes first.
 *
 * @param confidence the lowest confidence of the pairwise beads the link was built from, 0..1
 */
public record MultiBead(SequencedMap<Language, Span> sentences, double confidence) {

    public MultiBead {
        sentences = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(sentences));
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
