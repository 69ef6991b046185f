package org.rosetta.align;

/**
 * The bead shapes the aligner considers, with starting prior probabilities: Gale and Church's (1993), estimated on
 * hand-aligned parliamentary text, for shapes up to 2-2, and a small {@value #RARE} for the larger shapes that
 * OCR'd or freely translated text needs (1-3, 3-1, 2-3, ...); and two-sentence omissions (2-0, 0-2) at the prior of
 * a one-sentence one, since leaving out a passage is one event whatever its length (a paragraph missing on one
 * side then costs one omission, not one per sentence, and is no longer undercut by merges). The search emits an
 * omission as one bead per sentence. {@link Priors} re-estimates them per document pair.
 */
enum BeadShape {
    ONE_ONE(1, 1, 0.89),
    ONE_ZERO(1, 0, 0.0099 / 2),
    ZERO_ONE(0, 1, 0.0099 / 2),
    TWO_ONE(2, 1, 0.089 / 2),
    ONE_TWO(1, 2, 0.089 / 2),
    TWO_TWO(2, 2, 0.011),
    THREE_ONE(3, 1, BeadShape.RARE),
    ONE_THREE(1, 3, BeadShape.RARE),
    THREE_TWO(3, 2, BeadShape.RARE),
    TWO_THREE(2, 3, BeadShape.RARE),
    THREE_THREE(3, 3, BeadShape.RARE / 2),
    FOUR_ONE(4, 1, BeadShape.RARE / 2),
    ONE_FOUR(1, 4, BeadShape.RARE / 2),
    TWO_ZERO(2, 0, 0.0099 / 2),
    ZERO_TWO(0, 2, 0.0099 / 2);

    static final double RARE = 0.002;
    /** The most sentences a bead has on one side. */
    static final int MAX_SIDE = 4;

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

    /** As many sentences on both sides, two or more (2-2, 3-3): a merge of what could be one-to-one pairs. */
    boolean isSquare() {
        return source == target && source >= 2;
    }
}
