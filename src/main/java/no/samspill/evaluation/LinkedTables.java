package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.LinkedHashMap;

/**
 * Every position of a set of tables (totals included) numbered as one list, and every equation a
 * reader knows holds between them: each line of a table adds up to its total, tables with the same
 * {@link CountTable#totalGroup()} have the same grand total, and the given identities hold.
 * Disclosure control, the bounds audit and small count rounding all work on this one system.
 */
final class LinkedTables {

    /** Σ coefficient × cell = 0. */
    record Equation(int[] cells, int[] coefficients) {
    }

    private final List<CountTable> tables;
    private final int[] offsets;
    private final int size;
    private final List<Equation> equations = new ArrayList<>();
    private final List<List<Integer>> equationsOf;

    LinkedTables(List<CountTable> tables, List<Identity> identities) {
        this.tables = List.copyOf(tables);
        offsets = new int[tables.size()];
        int n = 0;
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            offsets[i] = n;
            n += tables.get(i).height() * tables.get(i).width();
            if (byId.put(tables.get(i).indicatorId(), i) != null) {
                throw new IllegalArgumentException("Two tables have the id " + tables.get(i).indicatorId() + ".");
            }
        }
        size = n;
        for (int i = 0; i < tables.size(); i++) {
            addLines(i);
        }
        Map<String, Integer> firstOfGroup = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            String group = tables.get(i).totalGroup();
            if (group == null) {
                continue;
            }
            Integer first = firstOfGroup.putIfAbsent(group, i);
            if (first != null) {
                add(Identity.sameTotal(tables.get(first), tables.get(i)), byId);
            }
        }
        identities.forEach(id -> add(id, byId));
        equationsOf = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            equationsOf.add(new ArrayList<>());
        }
        for (int e = 0; e < equations.size(); e++) {
            for (int cell : equations.get(e).cells()) {
                equationsOf.get(cell).add(e);
            }
        }
    }

    private void addLines(int t) {
        CountTable table = tables.get(t);
        int rows = table.rows().size();
        int cols = table.columns().size();
        if (table.hasRowTotals()) {
            for (int r = 0; r < table.height(); r++) {
                int[] cells = new int[cols + 1];
                for (int c = 0; c <= cols; c++) {
                    cells[c] = index(t, r, c);
                }
                equations.add(new Equation(cells, sumEquals(cols)));
            }
        }
        if (table.hasColumnTotals()) {
            for (int c = 0; c < table.width(); c++) {
                int[] cells = new int[rows + 1];
                for (int r = 0; r <= rows; r++) {
                    cells[r] = index(t, r, c);
                }
                equations.add(new Equation(cells, sumEquals(rows)));
            }
        }
    }

    /** n cells with +1 and the total, last, with −1. */
    private static int[] sumEquals(int n) {
        int[] coefficients = new int[n + 1];
        Arrays.fill(coefficients, 1);
        coefficients[n] = -1;
        return coefficients;
    }

    private void add(Identity identity, Map<String, Integer> byId) {
        Map<Integer, Integer> terms = new LinkedHashMap<>();
        identity.left().forEach(ref -> terms.merge(resolve(ref, byId), 1, Integer::sum));
        identity.right().forEach(ref -> terms.merge(resolve(ref, byId), -1, Integer::sum));
        terms.values().removeIf(v -> v == 0);
        if (!terms.isEmpty()) {
            equations.add(new Equation(terms.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    terms.values().stream().mapToInt(Integer::intValue).toArray()));
        }
    }

    private int resolve(Identity.CellRef ref, Map<String, Integer> byId) {
        Integer t = byId.get(ref.table());
        if (t == null) {
            throw new IllegalArgumentException("An identity names the table " + ref.table() + ", which is not there.");
        }
        CountTable table = tables.get(t);
        int r = position(ref.row(), table.rows(), table.hasColumnTotals());
        int c = position(ref.column(), table.columns(), table.hasRowTotals());
        if (r < 0 || c < 0) {
            throw new IllegalArgumentException("The table " + ref.table() + " has no cell " + ref.row() + "/" + ref.column() + ".");
        }
        return index(t, r, c);
    }

    private static int position(String code, List<String> codes, boolean hasTotal) {
        if ("total".equals(code)) {
            return hasTotal ? codes.size() : (codes.size() == 1 ? 0 : -1);
        }
        return codes.indexOf(code);
    }

    int size() {
        return size;
    }

    List<CountTable> tables() {
        return tables;
    }

    List<Equation> equations() {
        return equations;
    }

    /** The equations a cell takes part in. */
    List<Integer> equationsOf(int cell) {
        return equationsOf.get(cell);
    }

    int index(int table, int r, int c) {
        return offsets[table] + r * tables.get(table).width() + c;
    }

    int tableOf(int cell) {
        int t = tables.size() - 1;
        while (offsets[t] > cell) {
            t--;
        }
        return t;
    }

    /** {row, column} of a cell within its table. */
    int[] position(int cell) {
        int t = tableOf(cell);
        int local = cell - offsets[t];
        return new int[] {local / tables.get(t).width(), local % tables.get(t).width()};
    }

    long value(int cell) {
        int[] p = position(cell);
        return tables.get(tableOf(cell)).value(p[0], p[1]);
    }

    /** A total of its table (row, column or grand total), as opposed to an inner cell. */
    boolean isTotal(int cell) {
        CountTable t = tables.get(tableOf(cell));
        int[] p = position(cell);
        return p[0] >= t.rows().size() || p[1] >= t.columns().size();
    }

    /** A cell of one programme's copy of a table, as opposed to the table for all. */
    boolean inProgrammeTable(int cell) {
        return ProgrammeTables.isProgrammeTable(tables.get(tableOf(cell)).indicatorId());
    }

    String describe(int cell) {
        CountTable t = tables.get(tableOf(cell));
        int[] p = position(cell);
        return t.indicatorId() + " " + t.rowCode(p[0]) + "/" + t.columnCode(p[1]);
    }
}
