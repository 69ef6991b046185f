package org.rosetta.align;

import org.rosetta.model.Bead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cheap first guesses of where the alignment path runs, as a centre for the search band. From anchors: keys found
 * in exactly one sentence on each side (a number, a link) are points; the longest chain of points increasing on both
 * sides is kept, and the path interpolated between them. From an alignment: the target position its beads reach at
 * each source position.
 */
final class AnchorPath {

    /** Sentence {@code source} of the source document and sentence {@code target} of the target correspond. */
    record Point(int source, int target) {
    }

    /**
     * The points of the anchors: keys found in exactly one sentence on each side pair those two sentences, and the
     * longest chain of such points increasing on both sides is kept. In source order, without the documents'
     * starts and ends.
     */
    static List<Point> anchorChain(int[][] sourceKeys, int[][] targetKeys) {
        Map<Integer, Integer> sourceAt = uniqueSentence(sourceKeys);
        Map<Integer, Integer> targetAt = uniqueSentence(targetKeys);
        List<Point> points = new ArrayList<>();
        sourceAt.forEach((key, i) -> {
            Integer j = targetAt.get(key);
            if (i >= 0 && j != null && j >= 0) {
                points.add(new Point(i, j));
            }
        });
        points.sort((a, b) -> a.source() != b.source() ? Integer.compare(a.source(), b.source())
                : Integer.compare(b.target(), a.target()));
        return longestIncreasing(points);
    }

    /** The path through {@code chain}, from the documents' starts to their ends ({@code n}, {@code m}). */
    static int[] through(List<Point> chain, int n, int m) {
        List<Point> points = new ArrayList<>(chain);
        points.addFirst(new Point(0, 0));
        points.addLast(new Point(n, m));
        int[] centre = new int[n + 1];
        for (int k = 0; k + 1 < points.size(); k++) {
            Point from = points.get(k);
            Point to = points.get(k + 1);
            for (int i = from.source(); i <= to.source(); i++) {
                centre[i] = to.source() == from.source() ? from.target()
                        : (int) Math.round(from.target() + (double) (i - from.source())
                                * (to.target() - from.target()) / (to.source() - from.source()));
            }
        }
        return centre;
    }

    static int[] fromBeads(List<Bead> beads, int n) {
        int[] centre = new int[n + 1];
        for (Bead bead : beads) {
            for (int i = bead.sourceStart(); i <= bead.sourceEnd(); i++) {
                centre[i] = bead.targetStart() + (bead.sourceCount() == 0 ? 0
                        : (int) Math.round((double) (i - bead.sourceStart()) * bead.targetCount() / bead.sourceCount()));
            }
        }
        return centre;
    }

    /** key -> the one sentence holding it, or -1 when several do. */
    private static Map<Integer, Integer> uniqueSentence(int[][] keys) {
        Map<Integer, Integer> at = new HashMap<>();
        for (int s = 0; s < keys.length; s++) {
            for (int key : keys[s]) {
                Integer previous = at.putIfAbsent(key, s);
                if (previous != null && previous != s) {
                    at.put(key, -1);
                }
            }
        }
        return at;
    }

    /** Patience sorting: the longest chain with strictly increasing target positions, in O(k log k). */
    private static List<Point> longestIncreasing(List<Point> points) {
        int[] tails = new int[points.size()];
        int[] previous = new int[points.size()];
        int length = 0;
        for (int p = 0; p < points.size(); p++) {
            int j = points.get(p).target();
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (points.get(tails[mid]).target() < j) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            previous[p] = low > 0 ? tails[low - 1] : -1;
            tails[low] = p;
            length = Math.max(length, low + 1);
        }
        List<Point> chain = new ArrayList<>();
        for (int p = length > 0 ? tails[length - 1] : -1; p >= 0; p = previous[p]) {
            chain.addFirst(points.get(p));
        }
        return chain;
    }

    private AnchorPath() {
    }

}
