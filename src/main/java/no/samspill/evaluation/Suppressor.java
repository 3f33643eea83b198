package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hides more cells until every unpublished cell passes the bounds audit: no reader can pin it to one
 * value, and no reader can prove it is below the threshold. One cell at a time: the first cell that
 * fails gets the cheapest partner that makes it pass (inner cells before totals, smaller values
 * first), looked for first in the equations it takes part in and then in its whole linked group; if
 * no single partner does, the cheapest one of its own equations is hidden and the audit runs again.
 * It ends because every round hides one more cell.
 */
final class Suppressor {

    /** Decides whether an unpublished cell is safe, given what a reader can prove about it. */
    interface Judge {
        boolean safe(int cell, BoundsAudit audit);

        /**
         * Whether a safe verdict on the cell may be undone by hiding more. Hiding only widens what a
         * reader allows, so a verdict that rests on values the cell can hold lasts; one that rests
         * on a bound it cannot pass does not.
         */
        default boolean mayLapse(int cell) {
            return false;
        }
    }

    private final LinkedTables system;
    private final Long[] known;
    private final long[] lower;
    private final long[] upper;
    private final long hiddenLower;
    private final boolean[] hideable;
    private final Judge judge;
    private final Witnesses witnesses;
    /** The cell whose hiding alone last passed a trial, and the points that trial found. */
    private int trialCell = -1;
    private Witnesses trialPoints;

    /**
     * {@code known}, {@code lower} and {@code upper} are the reader's knowledge as it stands and are
     * changed in place; {@code hiddenLower} is what the rule tells a reader about a hidden cell;
     * {@code hideable} marks the cells that may be hidden as partners.
     */
    Suppressor(LinkedTables system, Long[] known, long[] lower, long[] upper, long hiddenLower, boolean[] hideable, Judge judge) {
        this(system, known, lower, upper, hiddenLower, hideable, judge, Witnesses.none());
    }

    /** As above, with {@code witnesses}: points that satisfy the system as it stands, such as the true values. */
    Suppressor(LinkedTables system, Long[] known, long[] lower, long[] upper, long hiddenLower, boolean[] hideable, Judge judge,
               Witnesses witnesses) {
        this.system = system;
        this.known = known;
        this.lower = lower;
        this.upper = upper;
        this.hiddenLower = hiddenLower;
        this.hideable = hideable;
        this.judge = judge;
        this.witnesses = witnesses;
    }

    /** Runs until every unpublished cell is safe; returns each cell it hid, with the cell it protects. */
    List<int[]> run() {
        List<int[]> hidden = new ArrayList<>();
        Map<Integer, Boolean> passed = new HashMap<>();
        BoundsAudit audit = audit();
        while (true) {
            int failing = -1;
            for (int i = 0; i < system.size() && failing < 0; i++) {
                if (known[i] == null && !passed.containsKey(i)) {
                    if (judge.safe(i, audit)) {
                        passed.put(i, true);
                    } else {
                        failing = i;
                    }
                }
            }
            if (failing < 0) {
                return hidden;
            }
            int partner = partner(failing);
            hide(partner);
            if (partner == trialCell) {
                witnesses.adopt(trialPoints);
            }
            hidden.add(new int[] {partner, failing});
            audit = audit();
            final BoundsAudit now = audit;
            passed.keySet().removeIf(c -> judge.mayLapse(c) && now.linked(c, partner));
        }
    }

    /**
     * The partner for a failing cell: the cheapest cell of its own equations that makes it safe, else
     * the cheapest one anywhere in its linked group that does, else the cheapest of its own equations.
     */
    private int partner(int failing) {
        List<Integer> near = candidates(List.of(failing));
        Integer found = firstThatFixes(near, failing);
        if (found != null) {
            return found;
        }
        BoundsAudit audit = audit();
        List<Integer> group = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (known[i] == null && audit.linked(i, failing)) {
                group.add(i);
            }
        }
        List<Integer> wide = new ArrayList<>(candidates(group));
        wide.removeAll(near);
        found = firstThatFixes(wide, failing);
        if (found != null) {
            return found;
        }
        if (!near.isEmpty()) {
            return near.get(0);
        }
        if (wide.isEmpty()) {
            throw new IllegalStateException("No cell is left to protect " + system.describe(failing) + ".");
        }
        return wide.get(0);
    }

    /**
     * The first of {@code cells} whose hiding alone makes the failing cell safe, or null; the same
     * cell a test of each in turn would find, with fewer audits. Hiding more only widens what a
     * reader allows, so if hiding a run of them at once does not help, no single one of the run can;
     * and the shortest run from the start that helps ends in the only cell of it that may help alone.
     */
    private Integer firstThatFixes(List<Integer> cells, int failing) {
        int start = 0;
        while (start < cells.size()) {
            if (!fixes(cells.subList(start, cells.size()), failing)) {
                return null;
            }
            int low = start + 1;
            int high = cells.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (fixes(cells.subList(start, middle), failing)) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            int last = low - 1;
            if (last == start || fixes(List.of(cells.get(last)), failing)) {
                return cells.get(last);
            }
            start = last + 1;
        }
        return null;
    }

    private boolean fixes(List<Integer> cells, int failing) {
        Long[] keptKnown = new Long[cells.size()];
        long[] keptLower = new long[cells.size()];
        long[] keptUpper = new long[cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            int c = cells.get(k);
            keptKnown[k] = known[c];
            keptLower[k] = lower[c];
            keptUpper[k] = upper[c];
            hide(c);
        }
        Witnesses trial = witnesses.copy();
        boolean fixes = judge.safe(failing, new BoundsAudit(system, known, lower, upper, trial));
        if (fixes && cells.size() == 1) {
            trialCell = cells.getFirst();
            trialPoints = trial;
        }
        for (int k = 0; k < cells.size(); k++) {
            int c = cells.get(k);
            known[c] = keptKnown[k];
            lower[c] = keptLower[k];
            upper[c] = keptUpper[k];
        }
        return fixes;
    }

    /** Cells that share an equation with any of {@code cells} and may still be hidden, cheapest first. */
    private List<Integer> candidates(List<Integer> cells) {
        Set<Integer> out = new TreeSet<>();
        for (int cell : cells) {
            for (int e : system.equationsOf(cell)) {
                for (int c : system.equations().get(e).cells()) {
                    if (hideable[c] && !(known[c] == null && lower[c] <= hiddenLower && upper[c] == BoundsAudit.UNBOUNDED)) {
                        out.add(c);
                    }
                }
            }
        }
        return out.stream().sorted(Comparator.comparingLong(this::cost)).toList();
    }

    /**
     * What is lost by hiding a cell: a range before an exact value, a programme's cell before the
     * table for all (the total is what most readers use), an inner cell before a total, a small
     * value before a large one.
     */
    private long cost(int cell) {
        long value = known[cell] != null ? known[cell] : Math.min(upper[cell], 1_000_000_000L);
        return (known[cell] == null ? 0 : 8_000_000_000_000L) + (system.inProgrammeTable(cell) ? 0 : 4_000_000_000_000L)
                + (system.isTotal(cell) ? 2_000_000_000_000L : 0) + value;
    }

    private void hide(int cell) {
        known[cell] = null;
        lower[cell] = hiddenLower;
        upper[cell] = BoundsAudit.UNBOUNDED;
    }

    private BoundsAudit audit() {
        return new BoundsAudit(system, known, lower, upper, witnesses);
    }
}
