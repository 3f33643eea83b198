package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;

/**
 * Cell suppression, audited by bounds (ADR 0011).
 *
 * <p><b>Primary:</b> a cell (totals included) of a table that counts people, with 1 ≤ n &lt;
 * threshold, is hidden. A zero is published unless it is needed as a partner: a hidden zero in a
 * line with other hidden cells hides how the line's sum is split, and costs no information about
 * people. So a reader knows only that a hidden cell is 0 or more.
 *
 * <p><b>Margins:</b> a cross-table named in {@code marginTables} where more than half of the non-zero
 * inner cells are below the threshold is published as its margins only (row and column totals).
 *
 * <p><b>Secondary:</b> then {@link Suppressor} hides more until, over all tables together with every
 * shared total and identity, no unpublished cell can be pinned to one value and none can be proved
 * to be below the threshold ({@link BoundsAudit}). A cell left out by the margins rule that the
 * margins prove to be 0 is published as 0.
 *
 * <p>Tables that do not count people ({@link CountTable#personCounts()} false, such as meetings) are
 * published as they are.
 */
public final class DisclosureControl {

    private final Threshold threshold;
    private final boolean fromTruth;

    public DisclosureControl(Threshold threshold) {
        this(threshold, true);
    }

    /**
     * {@code fromTruth}: let the true values answer what they can before the solver is asked (see
     * {@link Witnesses}). Without it every question goes to the solver; the result must be the same,
     * only slower, which is how the shortcut is tested.
     */
    DisclosureControl(Threshold threshold, boolean fromTruth) {
        this.threshold = threshold;
        this.fromTruth = fromTruth;
    }

    /** The protected tables in the order given, the log of every hidden cell, and the share of non-zero cells hidden. */
    public record Result(List<ProtectedTable> tables, List<SuppressionEntry> log, Loss loss) {
    }

    /**
     * Non-zero cells of the tables that count people, and how many of them are not published exactly.
     * The inner cells of a cross-table published as its margins are not cells of the package and
     * are not counted.
     */
    public record Loss(int nonZero, int hidden) {
        public double share() {
            return nonZero == 0 ? 0 : (double) hidden / nonZero;
        }
    }

    public Result apply(List<CountTable> tables) {
        return apply(tables, List.of(), Set.of());
    }

    public Result apply(List<CountTable> tables, List<Identity> identities, Set<String> marginTables) {
        LinkedTables system = new LinkedTables(tables, identities);
        int n = system.size();
        Long[] known = new Long[n];
        long[] lower = new long[n];
        long[] upper = new long[n];
        boolean[] hideable = new boolean[n];
        boolean[] omitted = new boolean[n];
        // By position, not by when a cell was hidden: the order must not tell which cells were small.
        Map<Integer, SuppressionEntry> log = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            CountTable t = system.tables().get(system.tableOf(i));
            long v = system.value(i);
            known[i] = v;
            hideable[i] = t.personCounts();
            boolean margins = marginTables.contains(t.indicatorId()) && (ProgrammeTables.isProgrammeTable(t.indicatorId()) || mostlySmall(t));
            if (t.personCounts() && margins && !system.isTotal(i)) {
                omitted[i] = true;
                hideable[i] = false;
                known[i] = null;
                upper[i] = BoundsAudit.UNBOUNDED;
            } else if (t.personCounts() && threshold.tooSmall(v)) {
                known[i] = null;
                upper[i] = BoundsAudit.UNBOUNDED;
                log.put(i, entry(system, i, SuppressionEntry.Kind.PRIMARY, "1 ≤ n < " + threshold.minimum()));
            }
        }
        Suppressor.Judge judge = new Suppressor.Judge() {
            @Override
            public boolean safe(int cell, BoundsAudit audit) {
                return omitted[cell] && audit.provenZero(cell) || audit.uncertainFrom(cell, threshold.minimum());
            }

            @Override
            public boolean mayLapse(int cell) {
                return omitted[cell];
            }
        };
        long[] truth = new long[n];
        for (int i = 0; i < n; i++) {
            truth[i] = system.value(i);
        }
        for (int[] step : new Suppressor(system, known, lower, upper, 0, hideable, judge, fromTruth ? Witnesses.from(truth) : Witnesses.none()).run()) {
            log.put(step[0], entry(system, step[0], SuppressionEntry.Kind.SECONDARY, "protects " + system.describe(step[1])));
        }
        publishProvenZeros(system, known, omitted);
        List<ProtectedTable> out = new ArrayList<>();
        int nonZero = 0;
        int hidden = 0;
        for (int t = 0; t < tables.size(); t++) {
            CountTable table = tables.get(t);
            ProtectedTable.State[][] state = new ProtectedTable.State[table.height()][table.width()];
            for (int r = 0; r < table.height(); r++) {
                for (int c = 0; c < table.width(); c++) {
                    int i = system.index(t, r, c);
                    state[r][c] = omitted[i] ? ProtectedTable.State.MARGIN_ONLY
                            : known[i] == null ? ProtectedTable.State.SUPPRESSED : ProtectedTable.State.PUBLISHED;
                    if (table.personCounts() && system.value(i) > 0 && !omitted[i]) {
                        nonZero++;
                        hidden += known[i] == null ? 1 : 0;
                    }
                }
            }
            out.add(new ProtectedTable(table, state, null));
        }
        return new Result(out, List.copyOf(log.values()), new Loss(nonZero, hidden));
    }

    /**
     * A left-out cell that the published margins already prove to be 0 (its row or column total is
     * 0) is published as 0: it says nobody, and a reader could work it out anyway, so no cell of the
     * package stays unpublished while its value is known.
     */
    private static void publishProvenZeros(LinkedTables system, Long[] known, boolean[] omitted) {
        BoundsAudit audit = new BoundsAudit(system, known, new long[known.length], unbounded(known.length));
        for (int i = 0; i < known.length; i++) {
            if (omitted[i]) {
                if (audit.provenZero(i)) {
                    known[i] = 0L;
                    omitted[i] = false;
                }
            }
        }
    }

    private static long[] unbounded(int n) {
        long[] upper = new long[n];
        Arrays.fill(upper, BoundsAudit.UNBOUNDED);
        return upper;
    }

    /** More than half of the non-zero inner cells are below the threshold: the margins say more than the cross-table could. */
    private boolean mostlySmall(CountTable t) {
        if (t.rows().size() < 2 || t.columns().size() < 2) {
            return false;
        }
        int nonZero = 0;
        int small = 0;
        for (long[] row : t.cells()) {
            for (long v : row) {
                nonZero += v > 0 ? 1 : 0;
                small += threshold.tooSmall(v) ? 1 : 0;
            }
        }
        return small * 2 > nonZero;
    }

    static SuppressionEntry entry(LinkedTables system, int cell, SuppressionEntry.Kind kind, String rule) {
        CountTable t = system.tables().get(system.tableOf(cell));
        int[] p = system.position(cell);
        return new SuppressionEntry(t.indicatorId(), t.rowCode(p[0]), t.columnCode(p[1]), kind, rule);
    }
}
