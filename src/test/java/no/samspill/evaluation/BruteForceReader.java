package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An attacker written independently of the code under test: it reads only what the protected
 * tables publish, writes down its own equations (each line adds up to its total, shared totals are
 * equal, identities hold), and enumerates every whole-number filling of the unpublished cells from
 * 0 to a cap, keeping the smallest and largest value each cell takes. No solver, no shared code
 * with {@link LinkedTables} or {@link BoundsAudit}: depth-first search with interval pruning.
 */
final class BruteForceReader {

    /** What the reader can prove about one unpublished cell. */
    record Finding(int table, int row, int column, long min, long max) {
    }

    private final List<ProtectedTable> published;
    private final List<int[]> cells = new ArrayList<>();
    private final List<long[]> equations = new ArrayList<>();
    private final long cap;
    private long[] min;
    private long[] max;
    private long nodes;

    /**
     * {@code identities} as pairs of cell lists: {table, row, column} triples whose sums are equal.
     * {@code sharedTotals}: groups of table indexes that publish the same grand total.
     */
    BruteForceReader(List<ProtectedTable> published, List<List<int[]>[]> identities, List<int[]> sharedTotals, long cap) {
        this(published, identities, sharedTotals, cap, true);
    }

    /**
     * With {@code marginInner} false, a table published as its margins is read as its margins only:
     * its row totals and its column totals each add up to the grand total, and its left-out inner
     * cells are not searched (any margins with equal sums fit some inner cells, so nothing is lost
     * about the published cells, and the search stays small).
     */
    BruteForceReader(List<ProtectedTable> published, List<List<int[]>[]> identities, List<int[]> sharedTotals, long cap,
                     boolean marginInner) {
        this.published = published;
        this.cap = cap;
        for (int t = 0; t < published.size(); t++) {
            ProtectedTable p = published.get(t);
            for (int r = 0; r < p.height(); r++) {
                for (int c = 0; c < p.width(); c++) {
                    if (p.cell(r, c) == null && (marginInner || p.state(r, c) != ProtectedTable.State.MARGIN_ONLY)) {
                        cells.add(new int[] {t, r, c});
                    }
                }
            }
        }
        for (int t = 0; t < published.size(); t++) {
            ProtectedTable p = published.get(t);
            int rows = p.rows().size();
            int cols = p.columns().size();
            if (!marginInner && p.marginsOnly()) {
                long[] byRow = newEquation();
                long[] byColumn = newEquation();
                for (int r = 0; r < rows; r++) {
                    term(byRow, t, r, cols, 1);
                }
                for (int c = 0; c < cols; c++) {
                    term(byColumn, t, rows, c, 1);
                }
                term(byRow, t, rows, cols, -1);
                term(byColumn, t, rows, cols, -1);
                equations.add(byRow);
                equations.add(byColumn);
                continue;
            }
            if (p.hasRowTotals()) {
                for (int r = 0; r < p.height(); r++) {
                    long[] eq = newEquation();
                    for (int c = 0; c < cols; c++) {
                        term(eq, t, r, c, 1);
                    }
                    term(eq, t, r, cols, -1);
                    equations.add(eq);
                }
            }
            if (p.hasColumnTotals()) {
                for (int c = 0; c < p.width(); c++) {
                    long[] eq = newEquation();
                    for (int r = 0; r < rows; r++) {
                        term(eq, t, r, c, 1);
                    }
                    term(eq, t, rows, c, -1);
                    equations.add(eq);
                }
            }
        }
        for (int[] group : sharedTotals) {
            for (int k = 1; k < group.length; k++) {
                long[] eq = newEquation();
                term(eq, group[0], grandRow(group[0]), grandColumn(group[0]), 1);
                term(eq, group[k], grandRow(group[k]), grandColumn(group[k]), -1);
                equations.add(eq);
            }
        }
        for (List<int[]>[] identity : identities) {
            long[] eq = newEquation();
            identity[0].forEach(ref -> term(eq, ref[0], ref[1], ref[2], 1));
            identity[1].forEach(ref -> term(eq, ref[0], ref[1], ref[2], -1));
            equations.add(eq);
        }
    }

    private int grandRow(int t) {
        ProtectedTable p = published.get(t);
        return p.hasColumnTotals() ? p.rows().size() : 0;
    }

    private int grandColumn(int t) {
        ProtectedTable p = published.get(t);
        return p.hasRowTotals() ? p.columns().size() : 0;
    }

    /** One coefficient per unpublished cell, then the constant. */
    private long[] newEquation() {
        return new long[cells.size() + 1];
    }

    private void term(long[] eq, int t, int r, int c, int sign) {
        Long v = published.get(t).cell(r, c);
        if (v != null) {
            eq[cells.size()] += sign * v;
            return;
        }
        for (int k = 0; k < cells.size(); k++) {
            int[] x = cells.get(k);
            if (x[0] == t && x[1] == r && x[2] == c) {
                eq[k] += sign;
                return;
            }
        }
        // An inner cell of a table read as its margins only: leaving it out would make the equation false.
        throw new IllegalArgumentException("an equation needs a cell that is not searched: " + published.get(t).indicatorId() + " " + r + "," + c);
    }

    /** The unpublished cells as {table, row, column}, in the order of the equations' coefficients. */
    List<int[]> unknowns() {
        return List.copyOf(cells);
    }

    /** The equations: one coefficient per unknown, then the constant; each sums to zero. */
    List<long[]> equations() {
        return List.copyOf(equations);
    }

    long cap() {
        return cap;
    }

    /** Every unpublished cell with its proven bounds; null when the search grew too large to finish. */
    List<Finding> findings(long nodeLimit) {
        int n = cells.size();
        min = new long[n];
        max = new long[n];
        Arrays.fill(min, Long.MAX_VALUE);
        Arrays.fill(max, Long.MIN_VALUE);
        nodes = nodeLimit;
        for (List<Integer> group : groups()) {
            order = group.stream().mapToInt(Integer::intValue).toArray();
            rank = new int[n];
            Arrays.fill(rank, Integer.MAX_VALUE);
            for (int j = 0; j < order.length; j++) {
                rank[order[j]] = j;
            }
            touching = equations.stream().filter(eq -> group.stream().anyMatch(i -> eq[i] != 0)).toList();
            if (!search(0, new long[n])) {
                return null;
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int[] c = cells.get(k);
            out.add(new Finding(c[0], c[1], c[2], min[k], max[k]));
        }
        return out;
    }

    private int[] order;
    private int[] rank;
    private List<long[]> touching;

    /** Unpublished cells that share no equation, directly or through others, can be searched apart. */
    private List<List<Integer>> groups() {
        int n = cells.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            for (long[] eq : equations) {
                int low = Integer.MAX_VALUE;
                for (int i = 0; i < n; i++) {
                    if (eq[i] != 0) {
                        low = Math.min(low, group[i]);
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (eq[i] != 0 && group[i] != low) {
                        group[i] = low;
                        merged = true;
                    }
                }
            }
        }
        Map<Integer, List<Integer>> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            out.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(out.values());
    }

    private boolean search(int k, long[] x) {
        if (--nodes < 0) {
            return false;
        }
        if (k == order.length) {
            for (int i : order) {
                min[i] = Math.min(min[i], x[i]);
                max[i] = Math.max(max[i], x[i]);
            }
            return true;
        }
        long[] range = range(k, x);
        for (long v = range[0]; v <= range[1]; v++) {
            x[order[k]] = v;
            if (possible(k, x) && !search(k + 1, x)) {
                return false;
            }
        }
        x[order[k]] = 0;
        return true;
    }

    /**
     * The values cell k can take given the cells before it: each equation through it, with the
     * cells after it anywhere in 0..cap, bounds it from both sides. This only narrows the loop; every
     * value in it is still checked against every equation.
     */
    private long[] range(int k, long[] x) {
        int cell = order[k];
        long lo = 0;
        long hi = cap;
        for (long[] eq : touching) {
            long a = eq[cell];
            if (a == 0) {
                continue;
            }
            long restLow = eq[x.length];
            long restHigh = eq[x.length];
            for (int i : order) {
                if (i == cell || eq[i] == 0) {
                    continue;
                }
                if (rank[i] < k) {
                    restLow += eq[i] * x[i];
                    restHigh += eq[i] * x[i];
                } else if (eq[i] > 0) {
                    restHigh += eq[i] * cap;
                } else {
                    restLow += eq[i] * cap;
                }
            }
            // a * v + rest = 0 with rest in [restLow, restHigh]
            if (a > 0) {
                lo = Math.max(lo, ceilDiv(-restHigh, a));
                hi = Math.min(hi, Math.floorDiv(-restLow, a));
            } else {
                lo = Math.max(lo, ceilDiv(restLow, -a));
                hi = Math.min(hi, Math.floorDiv(restHigh, -a));
            }
        }
        return new long[] {lo, hi};
    }

    private static long ceilDiv(long p, long q) {
        return -Math.floorDiv(-p, q);
    }

    /** With the group's first k + 1 cells set and the rest anywhere in 0..cap, can every equation still hold? */
    private boolean possible(int k, long[] x) {
        for (long[] eq : touching) {
            long low = eq[x.length];
            long high = eq[x.length];
            for (int i : order) {
                if (eq[i] == 0) {
                    continue;
                }
                if (rank[i] <= k) {
                    low += eq[i] * x[i];
                    high += eq[i] * x[i];
                } else if (eq[i] > 0) {
                    high += eq[i] * cap;
                } else {
                    low += eq[i] * cap;
                }
            }
            if (low > 0 || high < 0) {
                return false;
            }
        }
        return true;
    }
}
