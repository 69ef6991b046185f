package org.rosetta.align;

/**
 * The shared keys of a bead's two sides in one channel of {@link SentenceKeys}, for beads of any shape on each
 * side: the unions of up to {@link BeadShape#MAX_SIDE} neighbouring sentences' keys are made once. Immutable.
 */
final class LexicalEvidence {

    private final int[][][] source;
    private final int[][][] target;

    LexicalEvidence(SentenceKeys keys, int channel) {
        this.source = spans(keys.source[channel]);
        this.target = spans(keys.target[channel]);
    }

    /** Bin of the similarity {@code 2 * shared / (keys on both sides)} of the bead of {@code shape} ending at (i, j). */
    int bin(BeadShape shape, int i, int j) {
        int[] s = source[shape.source][i];
        int[] t = target[shape.target][j];
        return EvidenceModel.bin(SentenceKeys.shared(s, t), s.length + t.length);
    }

    /** Whether any sentence has a key in this channel: a channel with none says nothing. */
    boolean isEmpty() {
        for (int[][] side : new int[][][] {source[1], target[1]}) {
            for (int[] keys : side) {
                if (keys.length > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** spans[k][end] = the keys of the k sentences ending before {@code end}. */
    private static int[][][] spans(int[][] keys) {
        int[][][] spans = new int[BeadShape.MAX_SIDE + 1][keys.length + 1][];
        for (int end = 0; end <= keys.length; end++) {
            spans[0][end] = new int[0];
            for (int k = 1; k <= BeadShape.MAX_SIDE; k++) {
                spans[k][end] = end >= k ? SentenceKeys.union(spans[k - 1][end - 1], keys[end - 1]) : new int[0];
            }
        }
        return spans;
    }
}
