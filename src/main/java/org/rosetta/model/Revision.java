package org.rosetta.model;

import java.time.Instant;

/**
 * A person's check of a translation unit: confirmed as the aligner made it, or corrected; when, and by whom (TMX's
 * {@code changedate} and {@code changeid}).
 */
public record Revision(UnitStatus status, Instant changed, String by) {

    public Revision {
        if (status == UnitStatus.ALIGNED) {
            throw new IllegalArgumentException("a revision is a person's: confirmed or corrected");
        }
    }
}
