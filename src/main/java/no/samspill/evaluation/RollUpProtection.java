package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;

/** The national tables of a roll-up: intervals from every input, tightened, then audited as one package. */
final class RollUpProtection {

    private RollUpProtection() {
    }

    /** {@code inputs}: per input, each cell's interval [low, high] ({@link RollUpInputs}). */
    static Evaluation.Protected protect(List<long[][]> inputs, Threshold threshold) {
        LinkedTables system = PublishedTables.catalogueSystem();
        int n = system.size();
        long[] low = new long[n];
        long[] high = new long[n];
        for (long[][] intervals : inputs) {
            for (int i = 0; i < n; i++) {
                low[i] += intervals[i][0];
                high[i] = high[i] == BoundsAudit.UNBOUNDED || intervals[i][1] == BoundsAudit.UNBOUNDED
                        ? BoundsAudit.UNBOUNDED : high[i] + intervals[i][1];
            }
        }
        Long[] known = new Long[n];
        long[] lower = new long[n];
        long[] upper = new long[n];
        for (int i = 0; i < n; i++) {
            known[i] = low[i] == high[i] ? low[i] : null;
            lower[i] = low[i];
            upper[i] = high[i];
        }
        tighten(system, known, lower, upper);
        long[] value = new long[n];
        boolean[] hideable = new boolean[n];
        // By position, not by when a cell was hidden: the order must not tell which cells were small.
        Map<Integer, SuppressionEntry> log = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            CountTable t = system.tables().get(system.tableOf(i));
            value[i] = known[i] == null ? 0 : known[i];
            hideable[i] = t.personCounts() && (known[i] == null || known[i] > 0);
            if (known[i] != null && t.personCounts() && threshold.tooSmall(known[i])) {
                known[i] = null;
                lower[i] = 0;
                upper[i] = BoundsAudit.UNBOUNDED;
                log.put(i, DisclosureControl.entry(system, i, SuppressionEntry.Kind.PRIMARY, "1 ≤ n < " + threshold.minimum()));
            }
        }
        Suppressor.Judge judge = (cell, audit) -> audit.uncertainFrom(cell, threshold.minimum());
        for (int[] step : new Suppressor(system, known, lower, upper, 0, hideable, judge).run()) {
            log.put(step[0], DisclosureControl.entry(system, step[0], step[0] == step[1] ? SuppressionEntry.Kind.PRIMARY : SuppressionEntry.Kind.SECONDARY,
                    step[0] == step[1] ? "the range lies below " + threshold.minimum() : "protects " + system.describe(step[1])));
        }
        List<ProtectedTable> tables = new ArrayList<>();
        int nonZero = 0;
        int hidden = 0;
        for (int t = 0; t < system.tables().size(); t++) {
            CountTable shape = system.tables().get(t);
            long[][] grid = new long[shape.height()][shape.width()];
            ProtectedTable.State[][] state = new ProtectedTable.State[shape.height()][shape.width()];
            ProtectedTable.Range[][] ranges = new ProtectedTable.Range[shape.height()][shape.width()];
            for (int r = 0; r < shape.height(); r++) {
                for (int c = 0; c < shape.width(); c++) {
                    int i = system.index(t, r, c);
                    grid[r][c] = value[i];
                    boolean isRange = known[i] == null && (lower[i] > 0 || upper[i] != BoundsAudit.UNBOUNDED);
                    state[r][c] = known[i] != null ? ProtectedTable.State.PUBLISHED
                            : isRange ? ProtectedTable.State.RANGE : ProtectedTable.State.SUPPRESSED;
                    ranges[r][c] = isRange ? new ProtectedTable.Range(lower[i], upper[i]) : null;
                    if (shape.personCounts() && (known[i] == null ? upper[i] > 0 : known[i] > 0)) {
                        nonZero++;
                        hidden += known[i] == null ? 1 : 0;
                    }
                }
            }
            tables.add(new ProtectedTable(withGrid(shape, grid), state, ranges));
        }
        return new Evaluation.Protected(tables, List.copyOf(log.values()),
                new Protection(Protection.Method.SUPPRESSION, new DisclosureControl.Loss(nonZero, hidden), 0, 0));
    }

    /** Narrows every interval to what the national sums allow; an interval narrowed to one value is exact. */
    private static void tighten(LinkedTables system, Long[] known, long[] lower, long[] upper) {
        BoundsAudit audit = new BoundsAudit(system, known, lower, upper);
        long[] newLower = lower.clone();
        long[] newUpper = upper.clone();
        for (int i = 0; i < system.size(); i++) {
            if (known[i] == null) {
                BoundsAudit.Bounds b = audit.bounds(i);
                if (b.verified()) {
                    newLower[i] = b.min();
                    newUpper[i] = b.max();
                }
            }
        }
        for (int i = 0; i < system.size(); i++) {
            lower[i] = newLower[i];
            upper[i] = newUpper[i];
            if (known[i] == null && lower[i] == upper[i]) {
                known[i] = lower[i];
            }
        }
    }

    /** A table whose every position (totals included) is given directly. */
    static CountTable withGrid(CountTable shape, long[][] grid) {
        long[][] inner = new long[shape.rows().size()][shape.columns().size()];
        for (int r = 0; r < inner.length; r++) {
            System.arraycopy(grid[r], 0, inner[r], 0, inner[r].length);
        }
        return new CountTable(shape.indicatorId(), shape.rows(), shape.columns(), inner, shape.totalGroup(), shape.personCounts(), grid);
    }
}
