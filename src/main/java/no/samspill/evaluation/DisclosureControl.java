package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Primary and secondary suppression of count tables.
 *
 * <p><b>Primary:</b> a cell (totals included) with 1 ≤ n &lt; threshold is suppressed. Zero is
 * published: it says nobody, which identifies nobody.
 *
 * <p><b>Secondary:</b> afterwards, no suppressed value may be recoverable by subtraction. A table's
 * lines are each row with its row total, each column with its column total, and the total row and
 * total column. In every line either no cell or at least two cells are suppressed. When a line has
 * exactly one, the smallest other cell of that line is suppressed too (a non-zero inner cell first,
 * then the total, a zero only when nothing else is left), and the check runs again until nothing changes. Tables that publish
 * the same total ({@link CountTable#totalGroup()}) keep it in step: if it is suppressed in one, it
 * is suppressed in all, and their lines are checked again.
 *
 * <p>Tables that do not count people ({@link CountTable#personCounts()} false, such as meetings)
 * are published as they are.
 */
public final class DisclosureControl {

    private final Threshold threshold;

    public DisclosureControl(Threshold threshold) {
        this.threshold = threshold;
    }

    /** The result: the protected tables in the order given, and the log of every suppressed cell. */
    public record Result(List<ProtectedTable> tables, List<SuppressionEntry> log) {
    }

    public Result apply(List<CountTable> tables) {
        return apply(tables, Map.of(), Map.of());
    }

    /**
     * As {@link #apply(List)}, where {@code uncertain} marks cells whose exact value is unknown (they
     * count as hidden in every line) and {@code ranges} holds what is published for them instead.
     */
    public Result apply(List<CountTable> tables, Map<CountTable, boolean[][]> uncertain, Map<CountTable, ProtectedTable.Range[][]> ranges) {
        Map<CountTable, boolean[][]> hidden = new LinkedHashMap<>();
        List<SuppressionEntry> log = new ArrayList<>();
        for (CountTable t : tables) {
            boolean[][] s = new boolean[t.height()][t.width()];
            boolean[][] u = uncertain.get(t);
            if (u != null) {
                for (int r = 0; r < t.height(); r++) {
                    s[r] = u[r].clone();
                }
            }
            hidden.put(t, s);
            if (!t.personCounts()) {
                continue;
            }
            for (int r = 0; r < t.height(); r++) {
                for (int c = 0; c < t.width(); c++) {
                    if (!s[r][c] && threshold.tooSmall(t.value(r, c))) {
                        s[r][c] = true;
                        log.add(entry(t, r, c, SuppressionEntry.Kind.PRIMARY,
                                "1 ≤ n < " + threshold.minimum()));
                    }
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (CountTable t : tables) {
                if (t.personCounts()) {
                    changed |= protectLines(t, hidden.get(t), log);
                }
            }
            changed |= alignSharedTotals(tables, hidden, log);
            if (!changed) {
                for (CountTable t : tables) {
                    if (t.personCounts()) {
                        changed |= protectAgainstEquations(t, hidden.get(t), log);
                    }
                }
            }
        }
        List<ProtectedTable> out = new ArrayList<>();
        for (CountTable t : tables) {
            out.add(new ProtectedTable(t, hidden.get(t), ranges.get(t)));
        }
        return new Result(out, List.copyOf(log));
    }

    private boolean protectLines(CountTable t, boolean[][] s, List<SuppressionEntry> log) {
        boolean changed = false;
        for (Line line : lines(t)) {
            int count = 0;
            for (int[] p : line.cells()) {
                count += s[p[0]][p[1]] ? 1 : 0;
            }
            if (count == 1 && line.cells().size() > 1) {
                int[] pick = choose(t, s, line);
                s[pick[0]][pick[1]] = true;
                log.add(entry(t, pick[0], pick[1], SuppressionEntry.Kind.SECONDARY,
                        "protects the other suppressed cell in " + line.name()));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Two suppressed cells per line is not always enough: lines share cells, and their sums together
     * can still pin one value down. Where the published sums determine a suppressed cell exactly,
     * one more cell of a line through it is suppressed.
     */
    private boolean protectAgainstEquations(CountTable t, boolean[][] s, List<SuppressionEntry> log) {
        int[] determined = LinearAudit.firstDetermined(t, s);
        if (determined == null) {
            return false;
        }
        for (Line line : lines(t)) {
            boolean through = line.cells().stream().anyMatch(p -> p[0] == determined[0] && p[1] == determined[1]);
            boolean open = line.cells().stream().anyMatch(p -> !s[p[0]][p[1]]);
            if (through && open) {
                int[] pick = choose(t, s, line);
                s[pick[0]][pick[1]] = true;
                log.add(entry(t, pick[0], pick[1], SuppressionEntry.Kind.SECONDARY,
                        "protects " + t.rowCode(determined[0]) + "/" + t.columnCode(determined[1]) + ", which the published sums would give away"));
                return true;
            }
        }
        return false;
    }

    private static int[] choose(CountTable t, boolean[][] s, Line line) {
        int[] best = null;
        long bestScore = Long.MAX_VALUE;
        for (int[] p : line.cells()) {
            if (s[p[0]][p[1]]) {
                continue;
            }
            long v = t.value(p[0], p[1]);
            boolean total = p[0] >= t.rows().size() || p[1] >= t.columns().size();
            // Non-zero inner cells first (smallest), then the total, and a zero only as a last resort:
            // a suppressed zero protects nothing when its own line shows a total of 0.
            long score = total ? 2_000_000_000L + v : (v == 0 ? 3_000_000_000L : v);
            if (score < bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }

    private boolean alignSharedTotals(List<CountTable> tables, Map<CountTable, boolean[][]> hidden, List<SuppressionEntry> log) {
        boolean changed = false;
        for (CountTable a : tables) {
            if (a.totalGroup() == null || !a.personCounts()) {
                continue;
            }
            int[] pa = a.grandTotalPosition();
            if (!hidden.get(a)[pa[0]][pa[1]]) {
                continue;
            }
            for (CountTable b : tables) {
                if (b != a && a.totalGroup().equals(b.totalGroup()) && b.personCounts()) {
                    int[] pb = b.grandTotalPosition();
                    if (!hidden.get(b)[pb[0]][pb[1]]) {
                        hidden.get(b)[pb[0]][pb[1]] = true;
                        log.add(entry(b, pb[0], pb[1], SuppressionEntry.Kind.SECONDARY,
                                "same total as " + a.indicatorId() + ", where it is suppressed"));
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    record Line(String name, List<int[]> cells) {
    }

    static List<Line> lines(CountTable t) {
        List<Line> lines = new ArrayList<>();
        int rows = t.rows().size();
        int cols = t.columns().size();
        for (int r = 0; r < t.height(); r++) {
            List<int[]> cells = new ArrayList<>();
            for (int c = 0; c < t.width(); c++) {
                cells.add(new int[] {r, c});
            }
            lines.add(new Line(r < rows ? "row " + t.rowCode(r) : "the total row", cells));
        }
        for (int c = 0; c < t.width(); c++) {
            List<int[]> cells = new ArrayList<>();
            for (int r = 0; r < t.height(); r++) {
                cells.add(new int[] {r, c});
            }
            lines.add(new Line(c < cols ? "column " + t.columnCode(c) : "the total column", cells));
        }
        return lines;
    }

    private static SuppressionEntry entry(CountTable t, int r, int c, SuppressionEntry.Kind kind, String rule) {
        return new SuppressionEntry(t.indicatorId(), t.rowCode(r), t.columnCode(c), kind, rule);
    }
}
