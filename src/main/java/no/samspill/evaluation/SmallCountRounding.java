package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small count rounding (Langsrud and Heldal; SSB's R package SmallCountRounding): instead of hiding
 * cells, the smallest cells are rounded to 0 or the threshold, and every published cell is the sum
 * of rounded cells, so the tables stay additive and every published count is 0 or at least the
 * threshold.
 *
 * <p>Rounding works on the finest cells. Tables that count the same people (the same
 * {@link CountTable#totalGroup()}) are joined into one finest table by lining the people of each
 * table up in the order of its cells, so that one rounding serves them all and their shared total
 * stays the same. A table whose cells an {@link Identity} defines from another table (full-time jobs
 * from jobs by contract) is computed from the rounded source. Which small cells go up is chosen
 * greedily: each step rounds up the cell that most reduces the sum of squared differences between
 * rounded and true values over every published cell, and it stops when no step helps.
 */
final class SmallCountRounding {

    /** The rounded tables, the largest difference between a published and a true count, and the loss. */
    record Result(List<CountTable> tables, long maxError, DisclosureControl.Loss loss) {
    }

    private final Threshold threshold;

    SmallCountRounding(Threshold threshold) {
        this.threshold = threshold;
    }

    Result apply(List<CountTable> tables, List<Identity> identities) {
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            byId.put(tables.get(i).indicatorId(), i);
        }
        Map<String, List<Identity>> derived = RoundingLinks.derivedTables(tables, identities, byId);
        long[][][] rounded = new long[tables.size()][][];
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            CountTable t = tables.get(i);
            if (!t.personCounts()) {
                rounded[i] = t.cells();
            } else if (!derived.containsKey(t.indicatorId())) {
                groups.computeIfAbsent(RoundingLinks.population(tables, identities, byId, i), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : groups.values()) {
            roundGroup(tables, group, rounded);
        }
        List<CountTable> out = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            CountTable t = tables.get(i);
            if (rounded[i] == null) {
                rounded[i] = RoundingLinks.fromIdentities(t, derived.get(t.indicatorId()), tables, rounded, byId);
            }
            out.add(new CountTable(t.indicatorId(), t.rows(), t.columns(), rounded[i], t.totalGroup(), t.personCounts()));
        }
        RoundingLinks.keepsIdentities(out, identities);
        long maxError = 0;
        int nonZero = 0;
        int changed = 0;
        for (int i = 0; i < tables.size(); i++) {
            CountTable truth = tables.get(i);
            if (!truth.personCounts()) {
                continue;
            }
            for (int r = 0; r < truth.height(); r++) {
                for (int c = 0; c < truth.width(); c++) {
                    long diff = Math.abs(out.get(i).value(r, c) - truth.value(r, c));
                    maxError = Math.max(maxError, diff);
                    nonZero += truth.value(r, c) > 0 ? 1 : 0;
                    changed += truth.value(r, c) > 0 && diff != 0 ? 1 : 0;
                }
            }
        }
        return new Result(List.copyOf(out), maxError, new DisclosureControl.Loss(nonZero, changed));
    }

    private void roundGroup(List<CountTable> tables, List<Integer> group, long[][][] rounded) {
        // Each table's people in the order of its cells; the k-th person of every table forms one finest cell.
        Map<List<Integer>, Long> joint = new LinkedHashMap<>();
        List<int[]> units = new ArrayList<>();
        for (int t : group) {
            units.add(unitCells(tables.get(t)));
        }
        int people = units.get(0).length;
        for (int[] u : units) {
            if (u.length != people) {
                throw new IllegalArgumentException("Tables that share a total must have the same total to be rounded together.");
            }
        }
        for (int p = 0; p < people; p++) {
            List<Integer> key = new ArrayList<>();
            for (int[] u : units) {
                key.add(u[p]);
            }
            joint.merge(key, 1L, Long::sum);
        }
        List<List<Integer>> keys = new ArrayList<>(joint.keySet());
        long[] x = keys.stream().mapToLong(joint::get).toArray();
        // The published cells each finest cell adds to: per table, its inner cell, row total, column total, grand total.
        List<int[]> touches = new ArrayList<>();
        Map<String, Integer> published = new HashMap<>();
        for (List<Integer> key : keys) {
            List<Integer> ps = new ArrayList<>();
            for (int j = 0; j < group.size(); j++) {
                CountTable t = tables.get(group.get(j));
                int r = key.get(j) / t.columns().size();
                int c = key.get(j) % t.columns().size();
                List<int[]> positions = new ArrayList<>(List.of(new int[] {r, c}));
                if (t.hasRowTotals()) {
                    positions.add(new int[] {r, t.columns().size()});
                }
                if (t.hasColumnTotals()) {
                    positions.add(new int[] {t.rows().size(), c});
                }
                if (t.hasRowTotals() && t.hasColumnTotals()) {
                    positions.add(new int[] {t.rows().size(), t.columns().size()});
                }
                for (int[] pos : positions) {
                    ps.add(published.computeIfAbsent(j + ":" + pos[0] + ":" + pos[1], k -> published.size()));
                }
            }
            touches.add(ps.stream().distinct().mapToInt(Integer::intValue).toArray());
        }
        long[] z = round(x, touches, published.size());
        for (int j = 0; j < group.size(); j++) {
            CountTable t = tables.get(group.get(j));
            long[][] cells = new long[t.rows().size()][t.columns().size()];
            for (int k = 0; k < keys.size(); k++) {
                int inner = keys.get(k).get(j);
                cells[inner / t.columns().size()][inner % t.columns().size()] += z[k];
            }
            rounded[group.get(j)] = cells;
        }
    }

    /** The finest-cell rounding: small cells to 0, then up to the threshold one at a time while that helps. */
    long[] round(long[] x, List<int[]> touches, int publishedCells) {
        int t = threshold.minimum();
        long[] z = x.clone();
        long[] deviation = new long[publishedCells];
        List<Integer> small = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            if (threshold.tooSmall(x[k])) {
                small.add(k);
                z[k] = 0;
                for (int p : touches.get(k)) {
                    deviation[p] -= x[k];
                }
            }
        }
        while (true) {
            int best = -1;
            long bestGain = 0;
            for (int k : small) {
                if (z[k] != 0) {
                    continue;
                }
                long gain = 0;
                for (int p : touches.get(k)) {
                    gain += 2L * t * deviation[p] + (long) t * t;
                }
                if (gain < bestGain) {
                    bestGain = gain;
                    best = k;
                }
            }
            if (best < 0) {
                return z;
            }
            z[best] = t;
            for (int p : touches.get(best)) {
                deviation[p] += t;
            }
        }
    }

    /** The inner cell (row-major index) of each person a table counts, in the order of its cells. */
    private static int[] unitCells(CountTable t) {
        long total = 0;
        for (long[] row : t.cells()) {
            for (long v : row) {
                total += v;
            }
        }
        int[] out = new int[Math.toIntExact(total)];
        int n = 0;
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                for (long k = 0; k < t.cells()[r][c]; k++) {
                    out[n++] = r * t.columns().size() + c;
                }
            }
        }
        return out;
    }
}
