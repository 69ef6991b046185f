package org.rosetta.align;

/** The prior cost of the bead's shape ({@link Priors}). */
record ShapePriorTerm(Priors priors) implements CostTerm {

    @Override
    public double cost(BeadShape shape, int i, int j) {
        return priors.cost(shape);
    }

    @Override
    public double lowerBound() {
        return 0;
    }
}
