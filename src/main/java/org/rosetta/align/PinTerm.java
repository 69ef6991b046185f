package org.rosetta.align;

import java.util.List;

/**
 * Anchor points the first pass keeps together: a bead that holds one sentence of a pinned pair and not the other
 * costs infinity, so the two sentences end up in one bead of whatever shape (a 1-1, or a 2-1 that also holds a
 * neighbour), and never apart or left out. The first pass has only lengths to go by, and in a short document the
 * lengths cannot tell where one side leaves out a paragraph; a key found in exactly one sentence on each side can.
 * Every other bead costs nothing. Immutable.
 */
final class PinTerm implements CostTerm {

    /** The target sentence pinned to each source sentence, or -1. */
    private final int[] targetOf;
    /** The source sentence pinned to each target sentence, or -1. */
    private final int[] sourceOf;

    /** {@code pins} in source order, increasing on both sides, inside documents of {@code n} and {@code m}. */
    PinTerm(List<AnchorPath.Point> pins, int n, int m) {
        targetOf = new int[n];
        sourceOf = new int[m];
        java.util.Arrays.fill(targetOf, -1);
        java.util.Arrays.fill(sourceOf, -1);
        for (AnchorPath.Point pin : pins) {
            targetOf[pin.source()] = pin.target();
            sourceOf[pin.target()] = pin.source();
        }
    }

    @Override
    public double cost(BeadShape shape, int i, int j) {
        for (int k = i - shape.source; k < i; k++) {
            int pinned = targetOf[k];
            if (pinned >= 0 && (pinned < j - shape.target || pinned >= j)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int k = j - shape.target; k < j; k++) {
            int pinned = sourceOf[k];
            if (pinned >= 0 && (pinned < i - shape.source || pinned >= i)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return 0;
    }

    @Override
    public double lowerBound() {
        return 0;
    }
}
