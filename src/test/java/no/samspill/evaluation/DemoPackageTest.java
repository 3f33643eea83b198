package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;
import no.samspill.bench.DisclosureBenchmark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo municipality's own package, this year and last, under Nav, SSB and threshold 3, read by
 * the brute-force reader with every shared total and identity of the catalogue: nothing hidden can
 * be worked out or proved small. (An earlier version gave away "Nye deltakere, 18–24, Ikke
 * registrert = 1".)
 */
class DemoPackageTest {

    private static ProgrammeFacts demo;

    @BeforeAll
    static void demo() throws Exception {
        demo = DisclosureBenchmark.demoFacts();
    }

    @Test
    void navProtectsTheDemo() {
        check(Threshold.NAV);
    }

    @Test
    void ssbProtectsTheDemo() {
        check(Threshold.SSB);
    }

    @Test
    void thresholdThreeProtectsTheDemo() {
        check(new Threshold("custom", 3));
    }

    private static void check(Threshold threshold) {
        Evaluation.Result r = Evaluation.compute(demo, IndicatorCatalogueTest.Y2026, threshold);
        for (Period period : List.of(IndicatorCatalogueTest.Y2026, IndicatorCatalogueTest.Y2026.previous())) {
            boolean now = period.equals(IndicatorCatalogueTest.Y2026);
            List<CountTable> truth = new ArrayList<>();
            List<ProtectedTable> out = new ArrayList<>();
            for (IndicatorResult ir : r.indicators()) {
                truth.add(ir.indicator().table(demo, period));
                out.add(now ? ir.current() : ir.previous());
            }
            DisclosureControlTest.assertProtected(truth, out, CatalogueLinks.identities(out), CatalogueLinks.sharedTotals(out),
                    threshold.minimum(), false);
        }
    }
}
