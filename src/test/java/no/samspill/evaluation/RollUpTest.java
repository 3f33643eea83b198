package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollUpTest {

    @TempDir Path dir;

    private PackageVerifier.Result pack(String number, ProgrammeFacts facts, Threshold threshold) throws Exception {
        PackageContent c = new PackageContent(number, "Kommune " + number, Evaluation.compute(facts, IndicatorCatalogueTest.Y2026, threshold),
                Narrative.EMPTY, "test", "nb");
        Path file = dir.resolve(c.fileName());
        Files.write(file, EvaluationPackage.build(c));
        return PackageVerifier.verify(file);
    }

    @Test
    void suppressedInputsBecomeHonestRangesAndExactCellsAddUp() throws Exception {
        // Two municipalities with the five-candidate fixture: meetings (not suppressed) add up exactly;
        // the 18–24 women, suppressed in both (1 each, Nav threshold 4), become 2–6.
        RollUp.Result result = RollUp.aggregate(List.of(pack("1111", IndicatorCatalogueTest.FACTS, Threshold.NAV),
                pack("2222", IndicatorCatalogueTest.FACTS, Threshold.NAV)), "Nasjonalt", Threshold.NAV, "test");
        IndicatorResult meetings = find(result, "involvement.type");
        assertEquals(2L, meetings.current().cell(0, 0), "one information meeting in each");
        IndicatorResult active = find(result, "participants.active");
        assertNull(active.current().cell(1, 0));
        assertEquals(new ProtectedTable.Range(2, 6), active.current().range(1, 0));
        assertEquals(List.of("1111 Kommune 1111", "2222 Kommune 2222"), result.municipalities());
        Path out = dir.resolve("national.zip");
        Files.write(out, result.zip());
        assertTrue(PackageVerifier.verify(out).valid(), "the roll-up is a package of the same kind");
    }

    @Test
    void aRangeWhollyBelowTheThresholdIsSuppressedAndEachInputKeepsItsOwnThreshold() throws Exception {
        // One SSB package (threshold 3): its suppressed 1 contributes 1–2; alone that is below 4 and is suppressed.
        RollUp.Result result = RollUp.aggregate(List.of(pack("3333", IndicatorCatalogueTest.FACTS, Threshold.SSB)), "Region", Threshold.NAV, "test");
        IndicatorResult active = find(result, "participants.active");
        assertNull(active.current().cell(1, 0));
        assertNull(active.current().range(1, 0), "1–2 lies wholly below 4");
    }

    private static IndicatorResult find(RollUp.Result r, String id) {
        return r.content().evaluation().indicators().stream().filter(i -> i.indicator().id().equals(id)).findFirst().orElseThrow();
    }
}
