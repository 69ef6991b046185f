package org.rosetta.align;

/**
 * One term of a bead's cost, in nats ({@code -log} probability, or a log-likelihood ratio for evidence): the cost
 * of the bead of {@code shape} ending at {@code (i, j)}, and the least it can be for any bead, which the search
 * uses to skip beads that cannot win. Adding a signal is adding a term.
 */
interface CostTerm {

    double cost(BeadShape shape, int i, int j);

    /** A lower bound of {@link #cost} over all beads (0 for a term that never rewards). */
    double lowerBound();
}
