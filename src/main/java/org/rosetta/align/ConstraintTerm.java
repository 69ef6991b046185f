package org.rosetta.align;

/**
 * The alone sentences of {@link Constraints} as a cost: a bead that links an alone sentence to anything costs
 * infinity, so the search never takes it and its posterior is 0, and so does an omission of two sentences that
 * holds one: a sentence a person said has no counterpart is a unit of its own, not a neighbour's (a page's
 * breadcrumb unlinked is not one unit with the date line after it). Every other bead costs nothing.
 */
final class ConstraintTerm implements CostTerm {

    private final boolean[] aloneSource;
    private final boolean[] aloneTarget;

    ConstraintTerm(Constraints constraints, int n, int m) {
        aloneSource = new boolean[n];
        aloneTarget = new boolean[m];
        constraints.aloneSource().forEach(i -> aloneSource[i] = true);
        constraints.aloneTarget().forEach(j -> aloneTarget[j] = true);
    }

    @Override
    public double cost(BeadShape shape, int i, int j) {
        if (shape.isNull() && shape.source + shape.target == 1) {
            return 0;
        }
        for (int k = i - shape.source; k < i; k++) {
            if (aloneSource[k]) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int k = j - shape.target; k < j; k++) {
            if (aloneTarget[k]) {
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
