package org.rosetta.align;

/** The paragraph-structure cost of a bead ({@link StructureScorer}). */
record StructureTerm(StructureScorer structure) implements CostTerm {

    @Override
    public double cost(BeadShape shape, int i, int j) {
        return structure.cost(shape, i, j);
    }

    @Override
    public double lowerBound() {
        return 0;
    }
}
