package org.rosetta.align;

/**
 * The bead shapes the aligner considers, with Gale and Church's (1993) prior probabilities, estimated on
 * hand-aligned parliamentary text.
 */
enum BeadShape {
    ONE_ONE(1, 1, 0.89),
    ONE_ZERO(1, 0, 0.0099 / 2),
    ZERO_ONE(0, 1, 0.0099 / 2),
    TWO_ONE(2, 1, 0.089 / 2),
    ONE_TWO(1, 2, 0.089 / 2),
    TWO_TWO(2, 2, 0.011);

    final int source;
    final int target;
    /** Gale and Church's prior probability. */
    final double prior;

    BeadShape(int source, int target, double prior) {
        this.source = source;
        this.target = target;
        this.prior = prior;
    }

    static java.util.Optional<BeadShape> of(int source, int target) {
        for (BeadShape shape : values()) {
            if (shape.source == source && shape.target == target) {
                return java.util.Optional.of(shape);
            }
        }
        return java.util.Optional.empty();
    }

    boolean isNull() {
        return source == 0 || target == 0;
    }
}
