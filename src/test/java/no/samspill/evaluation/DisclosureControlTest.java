package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import java.util.Random;

/**
 * Disclosure control judged by {@link BruteForceReader}, an attacker that shares no code with it:
 * no unpublished cell may be pinned to one value, and none may be proved to be below the threshold.
 */
class DisclosureControlTest {

    static CountTable table(String id, long[][] cells, String group) {
        List<String> rows = IntStream.range(0, cells.length).mapToObj(i -> "r" + i).toList();
        List<String> cols = IntStream.range(0, cells[0].length).mapToObj(i -> "c" + i).toList();
        return new CountTable(id, rows, cols, cells, group, true);
    }

    /** Fails with the cell's name when the reader pins it or proves it small. */
    static void assertProtected(List<CountTable> truth, List<ProtectedTable> out, List<List<int[]>[]> identities,
                                List<int[]> shared, int threshold) {
        assertProtected(truth, out, identities, shared, threshold, true);
    }

    static void assertProtected(List<CountTable> truth, List<ProtectedTable> out, List<List<int[]>[]> identities,
                                List<int[]> shared, int threshold, boolean marginInner) {
        assertProtected(truth, out, identities, shared, threshold, marginInner, 20_000_000);
    }

    /**
     * {@code enumerationNodes}: how far the brute-force reader may search before the integer program
     * answers alone; where it finishes, the two must agree.
     */
    static void assertProtected(List<CountTable> truth, List<ProtectedTable> out, List<List<int[]>[]> identities,
                                List<int[]> shared, int threshold, boolean marginInner, long enumerationNodes) {
        long cap = truth.stream().mapToLong(t -> t.value(t.grandTotalPosition()[0], t.grandTotalPosition()[1])).max().orElse(0) + threshold + 2;
        BruteForceReader reader = new BruteForceReader(out, identities, shared, cap, marginInner);
        List<int[]> unknowns = reader.unknowns();
        for (long[] eq : reader.equations()) {
            long sum = eq[unknowns.size()];
            StringBuilder terms = new StringBuilder();
            for (int k = 0; k < unknowns.size(); k++) {
                int[] u = unknowns.get(k);
                sum += eq[k] * truth.get(u[0]).value(u[1], u[2]);
                if (eq[k] != 0) {
                    terms.append(' ').append(eq[k]).append('*').append(out.get(u[0]).indicatorId()).append('[').append(u[1]).append(',').append(u[2]).append(']');
                }
            }
            assertEquals(0, sum, "the truth breaks one of the attacker's equations:" + terms + " + " + eq[unknowns.size()]);
        }
        List<BruteForceReader.Finding> enumerated = reader.findings(enumerationNodes);
        List<BruteForceReader.Finding> found = IntegerProgramReader.findings(reader);
        assertNotNull(found, "the integer program did not prove every bound");
        if (enumerated != null) {
            // Two attackers that work differently must agree wherever both finish.
            assertEquals(describe(enumerated), describe(found), "enumeration and the integer program disagree");
        }
        for (BruteForceReader.Finding f : found) {
            ProtectedTable p = out.get(f.table());
            long v = truth.get(f.table()).value(f.row(), f.column());
            String name = p.indicatorId() + " " + p.rowCode(f.row()) + "/" + p.columnCode(f.column()) + " = " + v;
            assertTrue(f.min() <= v && v <= f.max(), "the truth is a filling: " + name);
            assertTrue(f.min() < f.max(), name + " can be worked out: it must be " + f.min());
            assertTrue(f.max() >= threshold, name + " can be proved to be at most " + f.max());
        }
        for (int t = 0; t < out.size(); t++) {
            for (int r = 0; r < out.get(t).height(); r++) {
                for (int c = 0; c < out.get(t).width(); c++) {
                    Long published = out.get(t).cell(r, c);
                    assertTrue(published == null || published == truth.get(t).value(r, c), "published values are true");
                    assertTrue(!truth.get(t).personCounts() || published == null || published == 0 || published >= threshold,
                            "published small value " + published + " in " + out.get(t).indicatorId());
                }
            }
        }
    }

    private static List<String> describe(List<BruteForceReader.Finding> findings) {
        return findings.stream().map(f -> f.table() + ":" + f.row() + ":" + f.column() + " in " + f.min() + ".." + f.max()).toList();
    }

    private static List<ProtectedTable> protect(int threshold, List<CountTable> tables) {
        return new DisclosureControl(new Threshold("custom", threshold)).apply(tables).tables();
    }

    @Test
    void aSmallCellIsHiddenWithPartnersAndTheRestIsPublished() {
        CountTable t = table("t", new long[][] {{2, 10}, {7, 9}}, null);
        List<ProtectedTable> out = protect(4, List.of(t));
        assertNull(out.get(0).cell(0, 0));
        assertEquals(28L, out.get(0).cell(2, 2), "the grand total is not needed to protect a 2");
        assertProtected(List.of(t), out, List.of(), List.of(), 4);
    }

    @Test
    void zeroIsPublishedAndLargeCellsStay() {
        ProtectedTable t = protect(4, List.of(table("t", new long[][] {{0, 10}, {5, 9}}, null))).get(0);
        for (int r = 0; r < t.height(); r++) {
            for (int c = 0; c < t.width(); c++) {
                assertNotNull(t.cell(r, c), "nothing to hide at " + r + "," + c);
            }
        }
    }

    @Test
    void theLogNamesEveryHiddenCellAndWhyForThePreview() {
        DisclosureControl.Result result = new DisclosureControl(Threshold.SSB).apply(List.of(table("t", new long[][] {{2, 10, 6}}, null)));
        assertEquals("t:r0:c0:PRIMARY", result.log().get(0).indicatorId() + ":" + result.log().get(0).row() + ":"
                + result.log().get(0).column() + ":" + result.log().get(0).kind());
        assertEquals("1 ≤ n < 3", result.log().get(0).rule());
        assertTrue(result.log().size() >= 2, "a lone hidden cell in a row with a published total needs a partner");
    }

    // The hard cases from the literature.

    @Test
    void twoHiddenCellsPerLineCanStillGiveACellAway() {
        // Every line has two hidden cells, yet the bottom-right 2 follows from 4 - (6 - 4).
        CountTable t = table("t", new long[][] {{0, 0, 1}, {0, 0, 1}, {1, 1, 2}}, null);
        assertProtected(List.of(t), protect(4, List.of(t)), List.of(), List.of(), 4);
    }

    @Test
    void aCellPinnedByTheGrandTotal() {
        // Row sums and column sums are large, but with the grand total the single small cell follows.
        CountTable t = table("t", new long[][] {{5, 2, 6}, {7, 8, 9}}, null);
        assertProtected(List.of(t), protect(4, List.of(t)), List.of(), List.of(), 4);
    }

    @Test
    void aMarginBelowTheThreshold() {
        CountTable t = table("t", new long[][] {{1, 1, 0}, {5, 6, 7}, {4, 0, 9}}, null);
        assertProtected(List.of(t), protect(4, List.of(t)), List.of(), List.of(), 4);
    }

    @Test
    void aTableOfOnes() {
        CountTable t = table("t", new long[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}, null);
        assertProtected(List.of(t), protect(4, List.of(t)), List.of(), List.of(), 4);
    }

    @Test
    void aHiddenZeroDoesNotProtectWhenTheReaderKnowsTheLineSumsToLittle() {
        // Nav's 4: the 1 and a zero partner in a row summing to 1 would leave the 1 provably small.
        CountTable t = table("t", new long[][] {{1, 0, 0}, {6, 7, 8}}, null);
        assertProtected(List.of(t), protect(4, List.of(t)), List.of(), List.of(), 4);
    }

    @Test
    void theDemoPatternOneEndedPersonByReasonAndByAgeIsNotRecoverable() {
        // The same three people by age and gender and by reason: the totals are one and the same.
        CountTable byAge = table("a", new long[][] {{0, 0}, {1, 2}, {0, 0}}, "ended");
        CountTable byReason = new CountTable("b", List.of("x", "y", "z"), List.of("n"), new long[][] {{3}, {0}, {0}}, "ended", true);
        List<ProtectedTable> out = protect(4, List.of(byAge, byReason));
        assertProtected(List.of(byAge, byReason), out, List.of(), List.<int[]>of(new int[] {0, 1}), 4);
    }

    @Test
    void aCrossTableThatWouldBeMostlyHiddenIsPublishedAsItsMargins() {
        CountTable t = table("m", new long[][] {{3, 5, 0, 1}, {1, 4, 0, 0}}, null);
        DisclosureControl.Result r = new DisclosureControl(Threshold.NAV).apply(List.of(t), List.of(), Set.of("m"));
        ProtectedTable p = r.tables().get(0);
        assertTrue(p.marginsOnly());
        assertEquals(ProtectedTable.State.MARGIN_ONLY, p.state(0, 1));
        assertEquals(9L, p.cell(0, 4), "a row total is published");
        assertEquals(14L, p.cell(2, 4), "the grand total is published");
        assertProtected(List.of(t), r.tables(), List.of(), List.of(), 4);
    }

    // Properties over generated tables, judged by the brute-force reader.

    @Property(tries = 150)
    void noCellOfASingleTableCanBePinnedOrProvedSmall(@ForAll("smallTables") long[][] cells, @ForAll("thresholds") int t,
                                                       @ForAll boolean margins) {
        CountTable input = table("p", cells, null);
        List<ProtectedTable> out = new DisclosureControl(new Threshold("custom", t))
                .apply(List.of(input), List.of(), margins ? Set.of("p") : Set.of()).tables();
        assertProtected(List.of(input), out, List.of(), List.of(), t);
    }

    @Property(tries = 100)
    void noCellOfTablesThatShareATotalCanBePinnedOrProvedSmall(@ForAll("linkedTables") Tuple.Tuple2<long[][], long[]> pair,
                                                               @ForAll("thresholds") int t) {
        CountTable a = table("a", pair.get1(), "g");
        long[][] split = new long[pair.get2().length][1];
        for (int i = 0; i < split.length; i++) {
            split[i][0] = pair.get2()[i];
        }
        CountTable b = table("b", split, "g");
        List<ProtectedTable> out = protect(t, List.of(a, b));
        assertProtected(List.of(a, b), out, List.of(), List.<int[]>of(new int[] {0, 1}), t);
    }

    @Property(tries = 80)
    void noCellCanBePinnedThroughAnIdentityBetweenTables(@ForAll("jobTables") long[][] jobs, @ForAll("thresholds") int t) {
        // Like jobs by contract and band, and full time versus part time: full = column c2, part = c0 + c1.
        CountTable j = table("j", jobs, "jobs");
        long[] colTotals = new long[3];
        for (long[] row : jobs) {
            for (int c = 0; c < 3; c++) {
                colTotals[c] += row[c];
            }
        }
        CountTable f = new CountTable("f", List.of("jobs"), List.of("full", "part"),
                new long[][] {{colTotals[2], colTotals[0] + colTotals[1]}}, "jobs", true);
        List<Identity> ids = List.of(
                new Identity(List.of(new Identity.CellRef("f", "jobs", "full")), List.of(new Identity.CellRef("j", "total", "c2"))),
                new Identity(List.of(new Identity.CellRef("f", "jobs", "part")),
                        List.of(new Identity.CellRef("j", "total", "c0"), new Identity.CellRef("j", "total", "c1"))));
        List<ProtectedTable> out = new DisclosureControl(new Threshold("custom", t)).apply(List.of(j, f), ids, Set.of()).tables();
        int totalRow = jobs.length;
        List<List<int[]>[]> oracleIds = new ArrayList<>();
        oracleIds.add(identity(List.of(new int[] {1, 0, 0}), List.of(new int[] {0, totalRow, 2})));
        oracleIds.add(identity(List.of(new int[] {1, 0, 1}), List.of(new int[] {0, totalRow, 0}, new int[] {0, totalRow, 1})));
        assertProtected(List.of(j, f), out, oracleIds, List.<int[]>of(new int[] {0, 1}), t);
    }

    /** The true values answer some questions without the solver; every cell must come out as the solver alone decides it. */
    @Property(tries = 60)
    void theTrueValuesAsAShortcutChangeNothing(@ForAll("linkedTables") Tuple.Tuple2<long[][], long[]> pair, @ForAll("tables") long[][] other,
                                               @ForAll("thresholds") int t) {
        long[][] split = new long[pair.get2().length][1];
        for (int i = 0; i < split.length; i++) {
            split[i][0] = pair.get2()[i];
        }
        List<CountTable> tables = List.of(table("a", pair.get1(), "g"), table("b", split, "g"), table("c", other, null));
        DisclosureControl.Result quick = new DisclosureControl(new Threshold("custom", t), true).apply(tables, List.of(), Set.of("c"));
        DisclosureControl.Result solved = new DisclosureControl(new Threshold("custom", t), false).apply(tables, List.of(), Set.of("c"));
        assertEquals(solved.log(), quick.log());
        for (int k = 0; k < tables.size(); k++) {
            for (int r = 0; r < tables.get(k).height(); r++) {
                for (int c = 0; c < tables.get(k).width(); c++) {
                    assertEquals(solved.tables().get(k).state(r, c), quick.tables().get(k).state(r, c), "table " + k + " cell " + r + "," + c);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<int[]>[] identity(List<int[]> left, List<int[]> right) {
        return new List[] {left, right};
    }

    @Property(tries = 200)
    void publishedValuesAreTrueAndNeverSmall(@ForAll("tables") long[][] cells, @ForAll("thresholds") int min) {
        CountTable input = table("p", cells, null);
        ProtectedTable t = protect(min, List.of(input)).get(0);
        for (int r = 0; r < t.height(); r++) {
            for (int c = 0; c < t.width(); c++) {
                Long v = t.cell(r, c);
                assertTrue(v == null || v == 0 || v >= min, "published small value " + v);
                assertTrue(v == null || v == input.value(r, c), "published values are the true values");
            }
        }
        assertFalse(t.marginsOnly(), "no margins unless the catalogue asks for them");
    }

    private static Arbitrary<Long> smallCount() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0L)), Tuple.of(6, Arbitraries.longs().between(1, 7)));
    }

    @Provide
    Arbitrary<long[][]> tables() {
        return Arbitraries.integers().between(1, 5).flatMap(rows -> Arbitraries.integers().between(1, 5).flatMap(cols ->
                Arbitraries.longs().between(0, 25).array(long[].class).ofSize(cols).array(long[][].class).ofSize(rows)));
    }

    @Provide
    Arbitrary<long[][]> smallTables() {
        return Arbitraries.integers().between(1, 3).flatMap(rows -> Arbitraries.integers().between(2, 3).flatMap(cols ->
                smallCount().array(long[].class).ofSize(cols).array(long[][].class).ofSize(rows)));
    }

    @Provide
    Arbitrary<long[][]> jobTables() {
        return smallCount().array(long[].class).ofSize(3).array(long[][].class).ofSize(2);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<long[][], long[]>> linkedTables() {
        Arbitrary<long[][]> a = Arbitraries.integers().between(1, 2).flatMap(rows ->
                smallCount().array(long[].class).ofSize(2).array(long[][].class).ofSize(rows));
        return Combinators.combine(a, Arbitraries.integers().between(2, 3), Arbitraries.longs().between(0, 1000))
                .as((cells, parts, seed) -> {
                    long total = 0;
                    for (long[] row : cells) {
                        for (long v : row) {
                            total += v;
                        }
                    }
                    long[] split = new long[parts];
                    Random rnd = new Random(seed);
                    for (long k = 0; k < total; k++) {
                        split[rnd.nextInt(parts)]++;
                    }
                    return Tuple.of(cells, split);
                });
    }

    @Provide
    Arbitrary<Integer> thresholds() {
        return Arbitraries.integers().between(3, 4);
    }
}
