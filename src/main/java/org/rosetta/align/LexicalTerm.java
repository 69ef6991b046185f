package org.rosetta.align;

/**
 * One evidence channel's cost of a bead with both sides: its similarity bin ({@link LexicalEvidence}) weighed by
 * the channel's {@link EvidenceModel}, negative where the words agree; 0 for omissions. Not thread-safe (the
 * evidence's scratch buffers).
 */
record LexicalTerm(LexicalEvidence evidence, EvidenceModel model) implements CostTerm {

    @Override
    public double cost(BeadShape shape, int i, int j) {
        return shape.isNull() ? 0 : model.cost(evidence.bin(shape, i, j));
    }

    @Override
    public double lowerBound() {
        return Math.min(0, model.lowestCost());
    }
}
