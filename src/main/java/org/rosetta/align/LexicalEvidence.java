package org.rosetta.align;

/**
 * The shared keys of a bead's two sides ({@link SentenceKeys}), for beads of one or two sentences a side: the
 * unions of two neighbouring sentences' keys are made once. Immutable.
 */
final class LexicalEvidence {

    private final int[][][] source;
    private final int[][][] target;

    LexicalEvidence(SentenceKeys keys) {
        this.source = spans(keys.source);
        this.target = spans(keys.target);
    }

    /** Bin of the similarity {@code 2 * shared / (keys on both sides)} of the bead of {@code shape} ending at (i, j). */
    int bin(BeadShape shape, int i, int j) {
        int[] s = source[shape.source][i];
        int[] t = target[shape.target][j];
        return EvidenceModel.bin(SentenceKeys.shared(s, t), s.length + t.length);
    }

    /** spans[k][end] = the keys of the k sentences ending before {@code end}. */
    private static int[][][] spans(int[][] keys) {
        int[][][] spans = new int[3][keys.length + 1][];
        for (int end = 0; end <= keys.length; end++) {
            spans[0][end] = new int[0];
            spans[1][end] = end >= 1 ? keys[end - 1] : new int[0];
            spans[2][end] = end >= 2 ? SentenceKeys.union(keys[end - 2], keys[end - 1]) : new int[0];
        }
        return spans;
    }
}
