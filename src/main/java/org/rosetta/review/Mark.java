package org.rosetta.review;

import java.util.Locale;
import java.util.Optional;

/**
 * A reviser's mark on a unit, made on the review page: right (confirmed), wrong, or only a comment.
 *
 * @param unit      the unit's id when the page was made
 * @param document  its document (article)
 * @param sentences its sentences then, in {@link org.rosetta.model.SentenceRanges} notation: a mark holds only
 *                  while the unit still has them
 */
public record Mark(String unit, String document, String sentences, Kind kind, String comment) {

    /** What the reviser said of the unit. */
    public enum Kind {
        CONFIRMED, WRONG, COMMENT;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> ofTag(String tag) {
            for (Kind kind : values()) {
                if (kind.tag().equals(tag)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }
}
