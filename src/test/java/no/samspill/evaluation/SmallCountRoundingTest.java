package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import no.samspill.bench.GeneratedFacts;
import org.junit.jupiter.api.Test;

/**
 * Small count rounding checked from outside: after rounding every count is 0 or at least the
 * threshold, every table still adds up, tables of the same people keep one total, full-time jobs
 * still equal the 100 % column, large cells are untouched, and the stated largest error is the
 * true largest difference.
 */
class SmallCountRoundingTest {

    @Test
    void smallCellsBecomeZeroOrTheThresholdAndTheTableAddsUp() {
        CountTable t = DisclosureControlTest.table("t", new long[][] {{1, 2, 9}, {3, 0, 12}, {1, 1, 1}}, null);
        SmallCountRounding.Result r = new SmallCountRounding(Threshold.NAV).apply(List.of(t), List.of());
        CountTable out = r.tables().get(0);
        assertEquals(9, out.value(0, 2), "a large cell is kept");
        assertEquals(12, out.value(1, 2));
        assertRounded(List.of(t), r, 4);
    }

    @Property(tries = 60)
    void theCatalogueRoundedStaysAdditiveAndLinked(@ForAll @IntRange(min = 3, max = 80) int candidates,
                                                    @ForAll @IntRange(min = 0, max = 10_000) int seed, @ForAll @IntRange(min = 3, max = 5) int t) {
        ProgrammeFacts facts = GeneratedFacts.municipality(candidates, seed);
        List<CountTable> truth = IndicatorCatalogue.all().stream().map(i -> i.table(facts, IndicatorCatalogueTest.Y2026)).toList();
        SmallCountRounding.Result r = new SmallCountRounding(new Threshold("custom", t)).apply(truth, IndicatorLinks.identities());
        assertRounded(truth, r, t);
        CountTable jobs = find(r.tables(), "jobs.asOf");
        CountTable share = find(r.tables(), "jobs.fullTimeShare");
        assertEquals(jobs.value(2, 3), share.value(0, 0), "full time is the 100 % column");
        assertEquals(jobs.value(2, 0) + jobs.value(2, 1) + jobs.value(2, 2), share.value(0, 1), "part time is the rest");
        for (List<String> group : List.of(List.of("participants.ended", "endings.reason"),
                List.of("participants.active", "status.asOf", "mentors.coverage"), List.of("jobs.asOf", "jobs.fullTimeShare"))) {
            long first = find(r.tables(), group.get(0)).grandTotal();
            group.forEach(id -> assertEquals(first, find(r.tables(), id).grandTotal(), "one total for " + group));
        }
    }

    @Test
    void anIdentityBetweenGrandTotalsKeepsOneTotalAndOneRoundingCannotKeepIsRefused() {
        CountTable a = new CountTable("a", List.of("r"), List.of("x", "y"), new long[][] {{2, 9}}, null, true);
        CountTable b = new CountTable("b", List.of("p", "q"), List.of("n"), new long[][] {{1}, {10}}, null, true);
        Identity sameTotal = new Identity(List.of(new Identity.CellRef("a", "r", "total")), List.of(new Identity.CellRef("b", "total", "n")));
        SmallCountRounding.Result r = new SmallCountRounding(Threshold.NAV).apply(List.of(a, b), List.of(sameTotal));
        assertEquals(r.tables().get(0).grandTotal(), r.tables().get(1).grandTotal(), "one population, one total");
        Identity partial = new Identity(List.of(new Identity.CellRef("c", "r", "x")), List.of(new Identity.CellRef("b", "p", "n"),
                new Identity.CellRef("b", "q", "n")));
        CountTable c = new CountTable("c", List.of("r"), List.of("x", "y"), new long[][] {{11, 2}}, null, true);
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SmallCountRounding(Threshold.NAV).apply(List.of(c, b), List.of(partial)));
        assertTrue(refused.getMessage().contains("suppression"), refused.getMessage());
    }

    private static CountTable find(List<CountTable> tables, String id) {
        return tables.stream().filter(x -> x.indicatorId().equals(id)).findFirst().orElseThrow();
    }

    /** Counts are 0 or ≥ t, totals are sums (CountTable recomputes them), large inner cells unchanged, the error honest. */
    private static void assertRounded(List<CountTable> truth, SmallCountRounding.Result r, int t) {
        long largest = 0;
        for (int i = 0; i < truth.size(); i++) {
            CountTable in = truth.get(i);
            CountTable out = r.tables().get(i);
            for (int row = 0; row < in.height(); row++) {
                for (int c = 0; c < in.width(); c++) {
                    long v = out.value(row, c);
                    if (in.personCounts()) {
                        assertTrue(v == 0 || v >= t, in.indicatorId() + " published " + v);
                        largest = Math.max(largest, Math.abs(v - in.value(row, c)));
                    } else {
                        assertEquals(in.value(row, c), v, "tables that do not count people are not rounded");
                    }
                }
            }
            for (int row = 0; row < in.rows().size(); row++) {
                for (int c = 0; c < in.columns().size(); c++) {
                    long v = in.cells()[row][c];
                    if (in.personCounts() && v >= t && in.totalGroup() == null) {
                        // Only the finest cells keep their value; a cell of linked tables is a sum of finer ones.
                        assertEquals(v, out.cells()[row][c], "a cell at or above the threshold keeps its value");
                    }
                }
            }
        }
        assertEquals(largest, r.maxError(), "the stated largest error is the true one");
    }
}
