package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
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
    private final Map<Integer, Group> groups = new HashMap<>();

    /**
     * {@code known[i]} is the published value of cell i, or null; for an unpublished cell
     * {@code lower[i]} and {@code upper[i]} say what the reader knows ({@link #UNBOUNDED} for none).
     */
    BoundsAudit(LinkedTables system, Long[] known, long[] lower, long[] upper) {
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
    }

    Bounds bounds(int cell) {
        if (known[cell] != null) {
            return new Bounds(known[cell], known[cell], true);
        }
        Group g = groups.computeIfAbsent(component[cell], this::group);
        int v = g.variables.indexOf(cell);
        long[] atMax = g.solve(v, true);
        long[] atMin = g.solve(v, false);
        boolean verified = atMax != null && atMin != null;
        long max = atMax == null ? upper[cell] : atMax[v];
        long min = atMin == null ? lower[cell] : atMin[v];
        if (max > limit) {
            max = UNBOUNDED;
        }
        return new Bounds(min, max, verified);
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

    private Group group(int root) {
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
        return new Group(variables, rows);
    }

    /** One connected group of unpublished cells and the equations over them (last entry: the right-hand side). */
    private final class Group {
        final List<Integer> variables;
        final List<long[]> rows;

        Group(List<Integer> variables, List<long[]> rows) {
            this.variables = variables;
            this.rows = rows;
        }

        /** An exactly checked solution that maximises or minimises variable v, or null. */
        long[] solve(int v, boolean maximise) {
            ExpressionsBasedModel model = new ExpressionsBasedModel();
            Variable[] x = new Variable[variables.size()];
            for (int i = 0; i < x.length; i++) {
                int cell = variables.get(i);
                long hi = upper[cell] == UNBOUNDED ? cap : Math.min(upper[cell], cap);
                x[i] = model.newVariable("x" + i).lower(lower[cell]).upper(hi).integer(true);
            }
            for (int r = 0; r < rows.size(); r++) {
                long[] row = rows.get(r);
                Expression e = model.newExpression("e" + r).level(row[x.length]);
                for (int i = 0; i < x.length; i++) {
                    if (row[i] != 0) {
                        e.set(x[i], row[i]);
                    }
                }
            }
            x[v].weight(1);
            Optimisation.Result result = maximise ? model.maximise() : model.minimise();
            if (!result.getState().isOptimal()) {
                if (result.getState() == Optimisation.State.INFEASIBLE) {
                    throw new IllegalArgumentException("The published figures contradict each other around "
                            + system.describe(variables.get(v)) + ".");
                }
                return null;
            }
            long[] values = new long[x.length];
            for (int i = 0; i < x.length; i++) {
                values[i] = Math.round(result.get(i).doubleValue());
            }
            return satisfies(values) ? values : null;
        }

        private boolean satisfies(long[] values) {
            for (int i = 0; i < values.length; i++) {
                int cell = variables.get(i);
                long hi = upper[cell] == UNBOUNDED ? cap : upper[cell];
                if (values[i] < lower[cell] || values[i] > hi) {
                    return false;
                }
            }
            for (long[] row : rows) {
                long sum = 0;
                for (int i = 0; i < values.length; i++) {
                    sum += row[i] * values[i];
                }
                if (sum != row[values.length]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether two unpublished cells are linked by equations, so that a change to one can move the other's bounds. */
    boolean linked(int a, int b) {
        return component[a] == component[b];
    }
}
