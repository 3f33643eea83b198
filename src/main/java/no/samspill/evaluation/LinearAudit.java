package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a suppressed cell whose value follows from the published values: each line of the table
 * says "these cells add up to that total", and a suppressed cell is given away when that system of
 * equations fixes it. Exact arithmetic on fractions keeps the answer free of rounding.
 */
final class LinearAudit {

    private LinearAudit() {
    }

    /** The first determined suppressed position, or null when every suppressed value stays unknown. */
    static int[] firstDetermined(CountTable t, boolean[][] hidden) {
        List<int[]> unknowns = new ArrayList<>();
        int[][] index = new int[t.height()][t.width()];
        for (int r = 0; r < t.height(); r++) {
            for (int c = 0; c < t.width(); c++) {
                index[r][c] = -1;
                if (hidden[r][c]) {
                    index[r][c] = unknowns.size();
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        if (unknowns.isEmpty()) {
            return null;
        }
        List<long[]> rows = new ArrayList<>();
        for (DisclosureControl.Line line : DisclosureControl.lines(t)) {
            if (line.cells().size() < 2) {
                continue;
            }
            // The last cell of a line is its total: inner cells minus the total is zero.
            long[] eq = new long[unknowns.size()];
            boolean any = false;
            for (int i = 0; i < line.cells().size(); i++) {
                int[] p = line.cells().get(i);
                int k = index[p[0]][p[1]];
                if (k >= 0) {
                    eq[k] += i == line.cells().size() - 1 ? -1 : 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(eq);
            }
        }
        Fraction[][] reduced = reduce(rows, unknowns.size());
        for (int k = 0; k < unknowns.size(); k++) {
            if (determined(reduced, k)) {
                return unknowns.get(k);
            }
        }
        return null;
    }

    /** Unknown k is fixed when some row of the reduced system has k as its only non-zero entry. */
    private static boolean determined(Fraction[][] m, int k) {
        for (Fraction[] row : m) {
            boolean only = !row[k].isZero();
            for (int j = 0; j < row.length && only; j++) {
                if (j != k && !row[j].isZero()) {
                    only = false;
                }
            }
            if (only) {
                return true;
            }
        }
        return false;
    }

    /** Reduced row echelon form. */
    private static Fraction[][] reduce(List<long[]> rows, int n) {
        Fraction[][] m = new Fraction[rows.size()][n];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = new Fraction(rows.get(i)[j], 1);
            }
        }
        int lead = 0;
        for (int col = 0; col < n && lead < m.length; col++) {
            int pivot = -1;
            for (int i = lead; i < m.length; i++) {
                if (!m[i][col].isZero()) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Fraction[] tmp = m[pivot];
            m[pivot] = m[lead];
            m[lead] = tmp;
            Fraction p = m[lead][col];
            for (int j = 0; j < n; j++) {
                m[lead][j] = m[lead][j].divide(p);
            }
            for (int i = 0; i < m.length; i++) {
                if (i != lead && !m[i][col].isZero()) {
                    Fraction f = m[i][col];
                    for (int j = 0; j < n; j++) {
                        m[i][j] = m[i][j].subtract(f.multiply(m[lead][j]));
                    }
                }
            }
            lead++;
        }
        return m;
    }

    /** An exact fraction; the tables are small, so longs suffice. */
    private record Fraction(long num, long den) {
        Fraction {
            if (den < 0) {
                num = -num;
                den = -den;
            }
            long g = gcd(Math.abs(num), den);
            if (g > 1) {
                num /= g;
                den /= g;
            }
        }

        boolean isZero() {
            return num == 0;
        }

        Fraction subtract(Fraction o) {
            return new Fraction(Math.subtractExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)), Math.multiplyExact(den, o.den));
        }

        Fraction multiply(Fraction o) {
            return new Fraction(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
        }

        Fraction divide(Fraction o) {
            return new Fraction(Math.multiplyExact(num, o.den), Math.multiplyExact(den, o.num));
        }

        private static long gcd(long a, long b) {
            return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
        }
    }
}
