package no.samspill.evaluation;

import java.util.List;

/**
 * A sum that the definitions make public across or within tables: the cells on the left add up to
 * the cells on the right (for example full-time jobs equal the 100 % column of jobs by contract).
 * A reader of the package knows every identity, so disclosure control audits them too.
 */
public record Identity(List<CellRef> left, List<CellRef> right) {

    /** One position of a table: its indicator id, its row code and its column code ("total" for a total). */
    public record CellRef(String table, String row, String column) {
    }

    public Identity {
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("An identity needs cells on both sides.");
        }
    }

    /** The grand totals of two tables that count the same people. */
    static Identity sameTotal(CountTable a, CountTable b) {
        int[] pa = a.grandTotalPosition();
        int[] pb = b.grandTotalPosition();
        return new Identity(List.of(new CellRef(a.indicatorId(), a.rowCode(pa[0]), a.columnCode(pa[1]))),
                List.of(new CellRef(b.indicatorId(), b.rowCode(pb[0]), b.columnCode(pb[1]))));
    }
}
