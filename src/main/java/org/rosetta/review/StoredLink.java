package org.rosetta.review;

import org.rosetta.model.Language;
import org.rosetta.model.Span;
import org.rosetta.model.UnitStatus;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * One row of a corrections file: a unit a person confirmed or corrected, as the sentence ranges it had per language
 * and the fingerprints of those sentences, made by change number {@code change}; {@code replacedBy} is the later
 * change that replaced it (0 while it holds), kept so that {@code undo} can bring it back.
 *
 * @param sentences    per language, the sentences of the unit (an empty range: the language has none in it)
 * @param fingerprints per language with sentences, one {@link SentenceFingerprint} per sentence
 * @param line         where the row is in its file (1 for the header), for messages; 0 for a new row
 */
public record StoredLink(int change, int replacedBy, UnitStatus status, Instant changed, String by, String article,
                         SequencedMap<Language, Span> sentences, Map<Language, List<String>> fingerprints,
                         int line) {

    public StoredLink {
        sentences = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(sentences));
        fingerprints = Map.copyOf(fingerprints);
        if (status == UnitStatus.ALIGNED) {
            throw new IllegalArgumentException("a stored link is confirmed or corrected");
        }
        for (Map.Entry<Language, Span> range : sentences.entrySet()) {
            if (range.getValue().length() != fingerprints.getOrDefault(range.getKey(), List.of()).size()) {
                throw new IllegalArgumentException("one fingerprint per sentence of " + range.getKey());
            }
        }
    }

    public boolean holds() {
        return replacedBy == 0;
    }

    /** This row, replaced by a later change. */
    public StoredLink replacedBy(int laterChange) {
        return new StoredLink(change, laterChange, status, changed, by, article, sentences, fingerprints, line);
    }

    /** This row holding again (its replacing change undone). */
    public StoredLink restored() {
        return new StoredLink(change, 0, status, changed, by, article, sentences, fingerprints, line);
    }
}
