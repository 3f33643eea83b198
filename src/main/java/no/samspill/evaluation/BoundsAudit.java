package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;

/**
 * What a reader can prove about each unpublished cell: the smallest and the largest whole number it
 * can hold, given every published value, every equation of the {@link LinkedTables}, and what the
 * reader knows of each unpublished cell (a lower bound, and for a range its upper bound).
 *
 * <p>Each bound is an integer program solved by ojAlgo over the connected group of unpublished cells
 * that the cell belongs to. The solver works in floating point, so every answer is checked again in
 * whole numbers: the solution it returns must satisfy every equation and bound exactly. An answer
 * that fails that check is reported as not {@code verified}, and callers treat it as the worst case.
 * ojAlgo reports an unbounded integer program as infeasible, so every cell carries an explicit cap
 * far above any count, and a maximum at the cap means "no upper bound".
 */
final class BoundsAudit {

    static final long UNBOUNDED = Long.MAX_VALUE;

    /** The bounds of one cell; {@code max} is {@link #UNBOUNDED} when nothing limits it. */
    record Bounds(long min, long max, boolean verified) {
    }

    private final LinkedTables system;
    private final Long[] known;
    private final long[] lower;
    private final long[] upper;
    private final long cap;
    private final long limit;
    private final int[] component;
    private final Map<Integer, GroupProgram> groups = new HashMap<>();
    private final Map<Integer, Long> maxima = new HashMap<>();
    private final Map<Integer, Long> minima = new HashMap<>();
    private final Witnesses witnesses;

    /**
     * {@code known[i]} is the published value of cell i, or null; for an unpublished cell
     * {@code lower[i]} and {@code upper[i]} say what the reader knows ({@link #UNBOUNDED} for none).
     */
    BoundsAudit(LinkedTables system, Long[] known, long[] lower, long[] upper) {
        this(system, known, lower, upper, Witnesses.none());
    }

    /** As above, with points already known to satisfy the system; every point this audit solves is added to them. */
    BoundsAudit(LinkedTables system, Long[] known, long[] lower, long[] upper, Witnesses witnesses) {
        this.system = system;
        this.known = known.clone();
        this.lower = lower.clone();
        this.upper = upper.clone();
        // A bounded cell stays far below twice the sum of everything published and every finite bound, so a
        // maximum above that sum means the cap, not the tables, stopped it.
        long sum = 0;
        for (int i = 0; i < known.length; i++) {
            sum += known[i] != null ? Math.abs(known[i]) : lower[i] + (upper[i] == UNBOUNDED ? 0 : upper[i]);
        }
        limit = 2 * sum;
        cap = 1_000_000 + 8 * sum;
        component = components();
        this.witnesses = witnesses;
        if (!witnesses.isEmpty() && !holds(witnesses.base())) {
            witnesses.dropAll();
        }
    }

    Bounds bounds(int cell) {
        if (known[cell] != null) {
            return new Bounds(known[cell], known[cell], true);
        }
        Long max = max(cell);
        Long min = min(cell);
        return new Bounds(min == null ? lower[cell] : min, max == null ? upper[cell] : max, max != null && min != null);
    }

    /**
     * Whether a reader can neither pin the cell to one value nor prove it below {@code minimum}. The
     * minimum is solved only when the maximum leaves the question open, which halves the work for
     * the many cells that fail on their maximum.
     */
    boolean uncertainFrom(int cell, long minimum) {
        if (witnesses.showUncertain(cell, minimum)) {
            return true;
        }
        Long max = max(cell);
        if (max == null || max < minimum) {
            return false;
        }
        if (witnesses.showUncertain(cell, minimum)) {
            return true;
        }
        Long min = min(cell);
        return min != null && min < max;
    }

    /** Whether a reader can prove the cell holds 0; a point where it holds more settles it without a solve. */
    boolean provenZero(int cell) {
        return !witnesses.showAbove(cell, 0) && Long.valueOf(0).equals(max(cell));
    }

    /** The largest value the cell can hold ({@link #UNBOUNDED} for none), or null when the solver's answer could not be checked. */
    Long max(int cell) {
        if (known[cell] != null) {
            return known[cell];
        }
        return maxima.computeIfAbsent(cell, c -> {
            long[] at = solve(c, true);
            if (at == null) {
                return null;
            }
            long max = at[groupOf(c).indexOf(c)];
            return max > limit ? UNBOUNDED : max;
        });
    }

    /** The smallest value the cell can hold, or null when the solver's answer could not be checked. */
    Long min(int cell) {
        if (known[cell] != null) {
            return known[cell];
        }
        return minima.computeIfAbsent(cell, c -> {
            long[] at = solve(c, false);
            return at == null ? null : at[groupOf(c).indexOf(c)];
        });
    }

    private long[] solve(int cell, boolean maximise) {
        GroupProgram g = groupOf(cell);
        long[] at = g.solve(g.indexOf(cell), maximise);
        if (at != null && !witnesses.isEmpty()) {
            long[] point = witnesses.base();
            for (int i = 0; i < at.length; i++) {
                point[g.cell(i)] = at[i];
            }
            witnesses.add(point);
        }
        return at;
    }

    /**
     * Whether a full assignment keeps every published value and every bound and satisfies every
     * equation, in whole numbers. A group's solution laid over such a point is one too, because no
     * equation reaches across groups.
     */
    private boolean holds(long[] point) {
        for (int i = 0; i < point.length; i++) {
            boolean fits = known[i] != null ? point[i] == known[i]
                    : point[i] >= lower[i] && (upper[i] == UNBOUNDED || point[i] <= upper[i]);
            if (!fits) {
                return false;
            }
        }
        for (LinkedTables.Equation e : system.equations()) {
            long sum = 0;
            for (int k = 0; k < e.cells().length; k++) {
                sum += e.coefficients()[k] * point[e.cells()[k]];
            }
            if (sum != 0) {
                return false;
            }
        }
        return true;
    }

    private GroupProgram groupOf(int cell) {
        return groups.computeIfAbsent(component[cell], this::group);
    }

    private int[] components() {
        int[] parent = new int[system.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (LinkedTables.Equation e : system.equations()) {
            int first = -1;
            for (int c : e.cells()) {
                if (known[c] == null) {
                    if (first < 0) {
                        first = c;
                    } else {
                        parent[find(parent, c)] = find(parent, first);
                    }
                }
            }
        }
        int[] out = new int[parent.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = find(parent, i);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private GroupProgram group(int root) {
        List<Integer> variables = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (known[i] == null && component[i] == root) {
                variables.add(i);
            }
        }
        List<long[]> rows = new ArrayList<>();
        for (LinkedTables.Equation e : system.equations()) {
            if (Arrays.stream(e.cells()).noneMatch(c -> known[c] == null && component[c] == root)) {
                continue;
            }
            long[] row = new long[variables.size() + 1];
            boolean touches = false;
            for (int k = 0; k < e.cells().length; k++) {
                int c = e.cells()[k];
                if (known[c] == null) {
                    row[variables.indexOf(c)] += e.coefficients()[k];
                    touches = true;
                } else {
                    row[variables.size()] -= e.coefficients()[k] * known[c];
                }
            }
            if (touches) {
                rows.add(row);
            }
        }
        long[] low = new long[variables.size()];
        long[] high = new long[variables.size()];
        for (int i = 0; i < low.length; i++) {
            int cell = variables.get(i);
            low[i] = lower[cell];
            high[i] = upper[cell] == UNBOUNDED ? cap : Math.min(upper[cell], cap);
        }
        return new GroupProgram(variables, rows, low, high, v -> system.describe(variables.get(v)));
    }

    /** Whether two unpublished cells are linked by equations, so that a change to one can move the other's bounds. */
    boolean linked(int a, int b) {
        return component[a] == component[b];
    }
}
