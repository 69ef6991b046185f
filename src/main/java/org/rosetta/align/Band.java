package org.rosetta.align;

/**
 * The cells {@code (i, j)} of the alignment grid searched: for each source position {@code i}, target positions
 * within {@code width} of the diagonal. Cells are stored row after row in one flat array.
 */
final class Band {

    final int rows;
    final int columns;
    private final int[] low;
    private final int[] high;
    private final long[] rowStart;

    Band(int n, int m, int width) {
        this.rows = n + 1;
        this.columns = m + 1;
        low = new int[rows];
        high = new int[rows];
        rowStart = new long[rows + 1];
        for (int i = 0; i < rows; i++) {
            long centre = Math.round((double) i * m / n);
            low[i] = (int) Math.max(0, centre - width);
            high[i] = (int) Math.min(m, centre + width);
            rowStart[i + 1] = rowStart[i] + (high[i] - low[i] + 1);
        }
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
