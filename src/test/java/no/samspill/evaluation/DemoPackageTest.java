package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import no.samspill.bench.DisclosureBenchmark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo municipality's own package, this year and last, under Nav, SSB and threshold 3, read by
 * the brute-force reader with every shared total and identity of the catalogue: nothing hidden can
 * be worked out or proved small. (An earlier version gave away "Nye deltakere, 18–24, Ikke
 * registrert = 1".) The demo runs two programmes, so the reader has each programme's tables too, and
 * knows that they add up to the total.
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
        assertEquals(2, r.byProgramme().size(), "the demo runs two programmes");
        for (Period period : List.of(IndicatorCatalogueTest.Y2026, IndicatorCatalogueTest.Y2026.previous())) {
            boolean now = period.equals(IndicatorCatalogueTest.Y2026);
            List<CountTable> truth = new ArrayList<>();
            List<ProtectedTable> out = new ArrayList<>();
            for (IndicatorResult ir : r.indicators()) {
                truth.add(ir.indicator().table(demo, period));
                out.add(now ? ir.current() : ir.previous());
            }
            for (Evaluation.ProgrammeResult pr : r.byProgramme()) {
                for (IndicatorResult ir : pr.indicators()) {
                    CountTable t = ir.indicator().table(demo.of(pr.programme()), period);
                    truth.add(new CountTable(t.indicatorId() + "@" + pr.programme().name(), t.rows(), t.columns(), t.cells(), null, t.personCounts()));
                    out.add(now ? ir.current() : ir.previous());
                }
            }
            // Tables no link joins can be read apart; each part is read with every link inside it.
            for (var entry : ProgrammeLinks.components(out).entrySet()) {
                List<Integer> part = entry.getValue();
                List<CountTable> truthPart = part.stream().map(truth::get).toList();
                List<ProtectedTable> outPart = part.stream().map(out::get).toList();
                for (int i = 0; i < part.size(); i++) {
                    assertEquals(truthPart.get(i).indicatorId(), outPart.get(i).indicatorId());
                }
                DisclosureControlTest.assertProtected(truthPart, outPart, ProgrammeLinks.identities(outPart), ProgrammeLinks.sharedTotals(outPart),
                        threshold.minimum(), true, 200_000);
            }
        }
    }
}
