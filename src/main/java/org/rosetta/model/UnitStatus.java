package org.rosetta.model;

import java.util.Locale;

/** Who vouches for a translation unit: the aligner alone, or a person who confirmed or corrected it. */
public enum UnitStatus {
    ALIGNED, CONFIRMED, CORRECTED;

    /** The name TMX ({@code x-status}) and the command line use: {@code aligned}, {@code confirmed}, ... */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a tag; empty for anything else. */
    public static java.util.Optional<UnitStatus> ofTag(String tag) {
        for (UnitStatus status : values()) {
            if (status.tag().equals(tag.strip().toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
