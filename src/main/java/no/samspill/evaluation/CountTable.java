package no.samspill.evaluation;

import java.util.List;

/**
 * Counts by a row dimension and a column dimension, as an indicator computes them. Totals are
 * derived: a row total when there is more than one column, a column total when there is more than
 * one row, and the grand total when both exist. {@code totalGroup} names a total that another
 * table publishes too (the same people counted another way), so suppression can keep them in step.
 */
public record CountTable(String indicatorId, List<String> rows, List<String> columns, long[][] cells, String totalGroup,
                         boolean personCounts, long[][] grid) {

    public CountTable(String indicatorId, List<String> rows, List<String> columns, long[][] cells, String totalGroup,
                      boolean personCounts) {
        this(indicatorId, rows, columns, cells, totalGroup, personCounts, null);
    }

    /**
     * {@code grid}, when given, holds every position of the full grid (totals included) as known
     * directly, for a roll-up where a total is exact even though the cells it sums are not.
     */
    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        long[][] copy = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(cells[r], 0, copy[r], 0, columns.size());
        }
        cells = copy;
    }

    public boolean hasRowTotals() {
        return columns.size() > 1;
    }

    public boolean hasColumnTotals() {
        return rows.size() > 1;
    }

    /** Rows and columns including the total line, if there is one. */
    public int height() {
        return rows.size() + (hasColumnTotals() ? 1 : 0);
    }

    public int width() {
        return columns.size() + (hasRowTotals() ? 1 : 0);
    }

    /** The value at a position of the full grid, totals included. */
    public long value(int r, int c) {
        if (grid != null) {
            return grid[r][c];
        }
        boolean totalRow = r == rows.size();
        boolean totalCol = c == columns.size();
        long sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                if ((totalRow || i == r) && (totalCol || j == c)) {
                    sum += cells[i][j];
                }
            }
        }
        return sum;
    }

    /** The grand total, whatever the shape: the single cell, the only total line, or the corner. */
    public long grandTotal() {
        return value(rows.size(), columns.size());
    }

    /** Where the grand total sits in the full grid. */
    public int[] grandTotalPosition() {
        return new int[] {hasColumnTotals() ? rows.size() : 0, hasRowTotals() ? columns.size() : 0};
    }

    public String rowCode(int r) {
        return r < rows.size() ? rows.get(r) : "total";
    }

    public String columnCode(int c) {
        return c < columns.size() ? columns.get(c) : "total";
    }
}
