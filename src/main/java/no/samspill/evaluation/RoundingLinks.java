package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How {@link SmallCountRounding} keeps linked tables linked: which tables it rounds together, which it computes, and the check after. */
final class RoundingLinks {

    private RoundingLinks() {
    }

    /**
     * Rounding keeps shared totals and tables defined by identities; an identity between tables it
     * rounds apart may not hold afterwards, and then the tables are refused rather than published
     * inconsistent.
     */
    static void keepsIdentities(List<CountTable> rounded, List<Identity> identities) {
        LinkedTables system = new LinkedTables(rounded, identities);
        for (LinkedTables.Equation e : system.equations()) {
            long sum = 0;
            for (int k = 0; k < e.cells().length; k++) {
                sum += e.coefficients()[k] * system.value(e.cells()[k]);
            }
            if (sum != 0) {
                throw new IllegalArgumentException("Rounding cannot keep every sum between these tables (around "
                        + system.describe(e.cells()[0]) + "); protect them by suppression instead.");
            }
        }
    }

    /**
     * The tables that count the same people: the same shared total, or an identity between the two
     * grand totals (which says the same). Named by the first table of the chain.
     */
    static String population(List<CountTable> tables, List<Identity> identities, Map<String, Integer> byId, int table) {
        int[] parent = new int[tables.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            for (int j = 0; j < i; j++) {
                if (tables.get(i).totalGroup() != null && tables.get(i).totalGroup().equals(tables.get(j).totalGroup())) {
                    parent[i] = root(parent, j);
                }
            }
        }
        for (Identity id : identities) {
            if (id.left().size() == 1 && id.right().size() == 1 && grandTotal(tables, byId, id.left().get(0))
                    && grandTotal(tables, byId, id.right().get(0))) {
                parent[root(parent, byId.get(id.left().get(0).table()))] = root(parent, byId.get(id.right().get(0).table()));
            }
        }
        return "population " + root(parent, table);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static boolean grandTotal(List<CountTable> tables, Map<String, Integer> byId, Identity.CellRef ref) {
        Integer t = byId.get(ref.table());
        if (t == null) {
            return false;
        }
        CountTable table = tables.get(t);
        int[] p = table.grandTotalPosition();
        return table.rowCode(p[0]).equals(ref.row()) && table.columnCode(p[1]).equals(ref.column())
                || table.rows().size() == 1 && table.columns().size() == 1;
    }

    /** Tables whose every inner cell is the left side of an identity, with those identities. */
    static Map<String, List<Identity>> derivedTables(List<CountTable> tables, List<Identity> identities, Map<String, Integer> byId) {
        Map<String, List<Identity>> out = new HashMap<>();
        for (Identity id : identities) {
            if (id.left().size() == 1 && byId.containsKey(id.left().get(0).table())) {
                out.computeIfAbsent(id.left().get(0).table(), k -> new ArrayList<>()).add(id);
            }
        }
        out.entrySet().removeIf(e -> {
            CountTable t = tables.get(byId.get(e.getKey()));
            return e.getValue().size() != t.rows().size() * t.columns().size();
        });
        return out;
    }

    static long[][] fromIdentities(CountTable t, List<Identity> ids, List<CountTable> tables, long[][][] rounded, Map<String, Integer> byId) {
        long[][] cells = new long[t.rows().size()][t.columns().size()];
        for (Identity id : ids) {
            Identity.CellRef left = id.left().get(0);
            long sum = 0;
            for (Identity.CellRef ref : id.right()) {
                int src = byId.get(ref.table());
                CountTable s = tables.get(src);
                CountTable roundedSource = new CountTable(s.indicatorId(), s.rows(), s.columns(), rounded[src], null, true);
                sum += roundedSource.value(position(ref.row(), s.rows()), position(ref.column(), s.columns()));
            }
            cells[t.rows().indexOf(left.row())][t.columns().indexOf(left.column())] = sum;
        }
        return cells;
    }

    private static int position(String code, List<String> codes) {
        return "total".equals(code) ? codes.size() : codes.indexOf(code);
    }
}
