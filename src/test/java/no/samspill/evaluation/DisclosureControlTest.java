package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private static CountTable table(String id, long[][] cells, String group) {
        List<String> rows = java.util.stream.IntStream.range(0, cells.length).mapToObj(i -> "r" + i).toList();
        List<String> cols = java.util.stream.IntStream.range(0, cells[0].length).mapToObj(i -> "c" + i).toList();
        return new CountTable(id, rows, cols, cells, group, true);
    }

    @Test
    void aSmallCellIsSuppressedAndAPartnerInEachLineWithIt() {
        // 2 is below Nav's 4. Row r0 and column c0 then need a second suppressed cell each.
        ProtectedTable t = new DisclosureControl(Threshold.NAV).apply(List.of(table("t", new long[][] {{2, 10}, {7, 9}}, null)))
                .tables().get(0);
        assertNull(t.cell(0, 0));
        assertNull(t.cell(0, 1), "r0 has the smallest partner left: 10");
        assertNull(t.cell(1, 0), "c0: 7 is the smallest partner");
        assertNull(t.cell(1, 1), "then r1 and c1 each hold one suppressed cell, so 9 goes too");
        assertEquals(12L, t.cell(0, 2));
        assertEquals(28L, t.cell(2, 2));
    }

    @Test
    void zeroIsPublishedAndLargeCellsStay() {
        ProtectedTable t = new DisclosureControl(Threshold.NAV).apply(List.of(table("t", new long[][] {{0, 10}, {5, 9}}, null)))
                .tables().get(0);
        for (int r = 0; r < t.height(); r++) {
            for (int c = 0; c < t.width(); c++) {
                assertTrue(t.cell(r, c) != null, "nothing to hide at " + r + "," + c);
            }
        }
    }

    @Test
    void theLogNamesEveryCellAndWhy() {
        DisclosureControl.Result result = new DisclosureControl(Threshold.SSB).apply(List.of(table("t", new long[][] {{2, 10, 6}}, null)));
        assertEquals(List.of("t:r0:c0:PRIMARY", "t:r0:c2:SECONDARY"), result.log().stream()
                .map(e -> e.indicatorId() + ":" + e.row() + ":" + e.column() + ":" + e.kind()).toList());
        assertEquals("1 ≤ n < 3", result.log().get(0).rule());
    }

    @Test
    void aTotalSuppressedInOneTableIsSuppressedInEveryTableThatPublishesIt() {
        // Three people ended: by gender the total is 3 (suppressed); by reason it is the same 3.
        CountTable byGender = table("a", new long[][] {{3, 0}}, "ended");
        CountTable byReason = new CountTable("b", List.of("r0"), List.of("count"), new long[][] {{3}}, "ended", true);
        DisclosureControl.Result result = new DisclosureControl(Threshold.NAV).apply(List.of(byGender, byReason));
        assertNull(result.tables().get(0).cell(0, 2));
        assertNull(result.tables().get(1).cell(0, 0));
    }

    @Test
    void tablesThatDoNotCountPeopleArePublishedAsTheyAre() {
        CountTable meetings = new CountTable("m", List.of("r0", "r1"), List.of("count"), new long[][] {{1}, {2}}, null, false);
        ProtectedTable t = new DisclosureControl(Threshold.NAV).apply(List.of(meetings)).tables().get(0);
        assertEquals(1L, t.cell(0, 0));
        assertEquals(3L, t.cell(2, 0));
    }

    @Test
    void twoSuppressedCellsPerLineAreNotEnoughWhenTheSumsPinOneDown() {
        // Found by the property below: every line held two suppressed cells, yet the bottom-right 2
        // followed from 4 - (6 - 4). The linear audit suppresses more until it does not.
        long[][] cells = {{0, 0, 1}, {0, 0, 1}, {1, 1, 2}};
        noSuppressedCellCanBeWorkedOutFromWhatIsPublished(cells);
    }

    @Property(tries = 400)
    void noPublishedCellIsSmallAndNoLineHoldsASingleSuppressedCell(@ForAll("tables") long[][] cells, @ForAll("thresholds") int min) {
        CountTable input = table("p", cells, null);
        ProtectedTable t = new DisclosureControl(new Threshold("custom", min)).apply(List.of(input)).tables().get(0);
        for (int r = 0; r < t.height(); r++) {
            for (int c = 0; c < t.width(); c++) {
                Long v = t.cell(r, c);
                assertTrue(v == null || v == 0 || v >= min, "published small value " + v);
                assertTrue(v == null || v == input.value(r, c), "published values are the true values");
            }
        }
        for (int r = 0; r < t.height(); r++) {
            int hidden = 0;
            for (int c = 0; c < t.width(); c++) {
                hidden += t.suppressed(r, c) ? 1 : 0;
            }
            assertTrue(t.width() == 1 || hidden != 1, "row " + r + " would give its suppressed cell away");
        }
        for (int c = 0; c < t.width(); c++) {
            int hidden = 0;
            for (int r = 0; r < t.height(); r++) {
                hidden += t.suppressed(r, c) ? 1 : 0;
            }
            assertTrue(t.height() == 1 || hidden != 1, "column " + c + " would give its suppressed cell away");
        }
    }

    @Property(tries = 300)
    void noSuppressedCellCanBeWorkedOutFromWhatIsPublished(@ForAll("smallTables") long[][] cells) {
        // A suppressed cell is recoverable when every table with the same published values and the
        // same shape has the same value there. Search all fillings of the suppressed cells (small
        // tables, values up to 12) for a second one that matches every published cell.
        CountTable input = table("p", cells, null);
        ProtectedTable t = new DisclosureControl(Threshold.NAV).apply(List.of(input)).tables().get(0);
        List<int[]> hiddenInner = new java.util.ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[0].length; c++) {
                if (t.suppressed(r, c)) {
                    hiddenInner.add(new int[] {r, c});
                }
            }
        }
        for (int[] target : hiddenInner) {
            assertTrue(hasAlternative(input, t, hiddenInner, target), "cell " + target[0] + "," + target[1] + " can be worked out");
        }
    }

    private static boolean hasAlternative(CountTable input, ProtectedTable t, List<int[]> hidden, int[] target) {
        long[][] trial = new long[input.rows().size()][];
        for (int r = 0; r < trial.length; r++) {
            trial[r] = input.cells()[r].clone();
        }
        // For each published position: the last hidden cell (in search order) that its sum depends on,
        // so a partial filling is rejected as soon as a published sum is complete and wrong.
        List<List<int[]>> checksAt = new java.util.ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            checksAt.add(new java.util.ArrayList<>());
        }
        for (int r = 0; r < t.height(); r++) {
            for (int c = 0; c < t.width(); c++) {
                if (t.suppressed(r, c)) {
                    continue;
                }
                int last = -1;
                for (int i = 0; i < hidden.size(); i++) {
                    int[] h = hidden.get(i);
                    if ((r == input.rows().size() || h[0] == r) && (c == input.columns().size() || h[1] == c)) {
                        last = i;
                    }
                }
                if (last >= 0) {
                    checksAt.get(last).add(new int[] {r, c});
                }
            }
        }
        return search(input, t, hidden, checksAt, 0, trial, target, input.cells()[target[0]][target[1]]);
    }

    private static boolean search(CountTable input, ProtectedTable t, List<int[]> hidden, List<List<int[]>> checksAt, int i,
                                  long[][] trial, int[] target, long truth) {
        if (i == hidden.size()) {
            return trial[target[0]][target[1]] != truth;
        }
        int[] p = hidden.get(i);
        for (long v = 0; v <= 12; v++) {
            trial[p[0]][p[1]] = v;
            CountTable candidate = new CountTable("x", input.rows(), input.columns(), trial, null, true);
            boolean consistent = checksAt.get(i).stream().allMatch(q -> candidate.value(q[0], q[1]) == t.cell(q[0], q[1]));
            if (consistent && search(input, t, hidden, checksAt, i + 1, trial, target, truth)) {
                return true;
            }
        }
        trial[p[0]][p[1]] = input.cells()[p[0]][p[1]];
        return false;
    }

    @Provide
    Arbitrary<long[][]> tables() {
        return Arbitraries.integers().between(1, 5).flatMap(rows -> Arbitraries.integers().between(1, 5).flatMap(cols ->
                Arbitraries.longs().between(0, 25).array(long[].class).ofSize(cols).array(long[][].class).ofSize(rows)));
    }

    @Provide
    Arbitrary<long[][]> smallTables() {
        // Zeros are common in real tables (whole rows of them), so they are common here too.
        Arbitrary<Long> value = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(1, 8)));
        return Arbitraries.integers().between(2, 3).flatMap(rows -> Arbitraries.integers().between(2, 3).flatMap(cols ->
                value.array(long[].class).ofSize(cols).array(long[][].class).ofSize(rows)));
    }

    @Provide
    Arbitrary<Integer> thresholds() {
        return Arbitraries.integers().between(2, 6);
    }
}
