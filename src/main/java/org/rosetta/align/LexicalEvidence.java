package org.rosetta.align;

/**
 * The shared keys of a bead's two sides in one channel of {@link SentenceKeys}, for beads of any shape: a side of
 * several sentences is the union of their keys, merged on demand into scratch buffers rather than stored, so memory
 * stays at one key list per sentence. Not thread-safe (the buffers); one per aligner run.
 */
final class LexicalEvidence {

    private final int[][] source;
    private final int[][] target;
    private final int[] sourceScratch;
    private final int[] targetScratch;
    private final int[] spare;

    LexicalEvidence(SentenceKeys keys, Signal channel) {
        this.source = keys.source(channel);
        this.target = keys.target(channel);
        this.sourceScratch = new int[BeadShape.MAX_SIDE * longest(source)];
        this.targetScratch = new int[BeadShape.MAX_SIDE * longest(target)];
        this.spare = new int[Math.max(sourceScratch.length, targetScratch.length)];
    }

    /** Bin of the similarity {@code 2 * shared / (keys on both sides)} of the bead of {@code shape} ending at (i, j). */
    int bin(BeadShape shape, int i, int j) {
        if (shape.source == 1 && shape.target == 1) {
            int[] s = source[i - 1];
            int[] t = target[j - 1];
            return EvidenceModel.bin(SentenceKeys.shared(s, s.length, t, t.length), s.length + t.length);
        }
        int sourceKeys = union(source, i - shape.source, i, sourceScratch, spare);
        int targetKeys = union(target, j - shape.target, j, targetScratch, spare);
        return EvidenceModel.bin(SentenceKeys.shared(sourceScratch, sourceKeys, targetScratch, targetKeys),
                sourceKeys + targetKeys);
    }

    /** Whether any sentence has a key in this channel: a channel with none says nothing. */
    boolean isEmpty() {
        return longest(source) == 0 && longest(target) == 0;
    }

    /** Merges the sorted keys of sentences [from, to) into {@code into}; returns how many distinct keys. */
    private static int union(int[][] keys, int from, int to, int[] into, int[] spare) {
        int size = 0;
        for (int k = from; k < to; k++) {
            size = SentenceKeys.mergeInto(into, size, keys[k], spare);
        }
        return size;
    }

    private static int longest(int[][] keys) {
        int longest = 0;
        for (int[] sentence : keys) {
            longest = Math.max(longest, sentence.length);
        }
        return longest;
    }
}
