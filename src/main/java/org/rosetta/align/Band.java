package org.rosetta.align;

/**
 * The cells {@code (i, j)} of the alignment grid searched: for each source position {@code i}, target positions
 * within {@code width} of a centre path (the diagonal, anchors, or an earlier alignment). Cells are stored row
 * after row in one flat array.
 */
final class Band {

    final int rows;
    final int columns;
    private final int[] low;
    private final int[] high;
    private final long[] rowStart;

    /** {@code centre[i]} for i in 0..n: the target position the path is expected near. */
    Band(int n, int m, int width, int[] centre) {
        this.rows = n + 1;
        this.columns = m + 1;
        low = new int[rows];
        high = new int[rows];
        rowStart = new long[rows + 1];
        for (int i = 0; i < rows; i++) {
            low[i] = Math.max(0, centre[i] - width);
            high[i] = Math.min(m, centre[i] + width);
        }
        // Rows must overlap enough for the path to pass from one to the next: widen where the centre jumps.
        for (int i = 1; i < rows; i++) {
            low[i] = Math.min(low[i], high[i - 1]);
            high[i - 1] = Math.max(high[i - 1], low[i]);
        }
        low[0] = 0;
        high[rows - 1] = m;
        for (int i = 0; i < rows; i++) {
            rowStart[i + 1] = rowStart[i] + (high[i] - low[i] + 1);
        }
    }

    static int[] diagonal(int n, int m) {
        int[] centre = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            centre[i] = (int) Math.round((double) i * m / n);
        }
        return centre;
    }

    long size() {
        return rowStart[rows];
    }

    int low(int i) {
        return low[i];
    }

    int high(int i) {
        return high[i];
    }

    boolean contains(int i, int j) {
        return i >= 0 && i < rows && j >= low[i] && j <= high[i];
    }

    /** The flat index of a cell; the cell must be {@linkplain #contains inside} the band. */
    int index(int i, int j) {
        return Math.toIntExact(rowStart[i] + (j - low[i]));
    }

    /** Whether the cell lies on the band's edge where the band was cut short of the grid's. */
    boolean onCutEdge(int i, int j) {
        return (j == low[i] && low[i] > 0) || (j == high[i] && high[i] < columns - 1);
    }
}
