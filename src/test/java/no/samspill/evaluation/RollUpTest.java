package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.samspill.bench.GeneratedFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roll-ups over generated municipalities whose true sums are known: every published value and range must hold the truth. */
class RollUpTest {

    @TempDir Path dir;

    private PackageVerifier.Result pack(String number, ProgrammeFacts facts, Threshold threshold, Protection.Method method) throws Exception {
        PackageContent c = new PackageContent(number, "Kommune " + number,
                Evaluation.compute(facts, IndicatorCatalogueTest.Y2026, threshold, method), Narrative.EMPTY, "test", "nb");
        Path file = dir.resolve(c.fileName());
        Files.write(file, EvaluationPackage.build(c));
        return PackageVerifier.verify(file);
    }

    @Test
    void everyPublishedValueAndRangeHoldsTheTrueSum() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            List<ProgrammeFacts> towns = new ArrayList<>();
            List<PackageVerifier.Result> packages = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                ProgrammeFacts f = GeneratedFacts.municipality(15 + (int) ((seed * 7 + k * 13) % 46), seed * 100 + k);
                towns.add(f);
                packages.add(pack(String.valueOf(1000 + k), f, k % 2 == 0 ? Threshold.NAV : Threshold.SSB, Protection.Method.SUPPRESSION));
            }
            RollUp.Result result = RollUp.aggregate(packages, "Nasjonalt", Threshold.NAV, "test");
            int[] counts = checkAgainstTruth(result, towns, 0);
            assertTrue(counts[0] > 0, "some cells are exact (seed " + seed + ")");
        }
    }

    /**
     * The inputs are read side by side; the oracle reads each alone, on this thread. Every cell's
     * interval must be the same, in the same order; and of several inputs refused, the first in the
     * list's order is the one reported, however the reading was shared out.
     */
    @Test
    void inputsReadSideBySideAreEachAsReadAlone_andTheFirstRefusalInOrderIsReported() throws Exception {
        List<PackageVerifier.Result> packages = new ArrayList<>();
        List<com.fasterxml.jackson.databind.JsonNode> inputs = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            PackageVerifier.Result p = pack(String.valueOf(3000 + k), GeneratedFacts.municipality(15 + 4 * k, 700 + k), Threshold.NAV,
                    Protection.Method.SUPPRESSION);
            packages.add(p);
            inputs.add(JsonFile.MAPPER.readTree(p.payload().get("indicators.json")));
        }
        RollUpInputs.Read together = RollUpInputs.read(packages, inputs, null);
        assertEquals(12, together.intervals().size());
        for (int k = 0; k < 12; k++) {
            long[][] alone = RollUpInputs.read(List.of(packages.get(k)), List.of(inputs.get(k)), null).intervals().get(0);
            assertTrue(java.util.Arrays.deepEquals(alone, together.intervals().get(k)), "input " + k);
        }
        List<com.fasterxml.jackson.databind.JsonNode> broken = new ArrayList<>(inputs);
        // Refused with different sentences: input 4 lacks its first indicator, 9 and 11 only their last.
        broken.set(4, JsonFile.MAPPER.readTree("{\"indicators\": []}"));
        for (int k : new int[] {9, 11}) {
            com.fasterxml.jackson.databind.node.ObjectNode cut = inputs.get(k).deepCopy();
            com.fasterxml.jackson.databind.node.ArrayNode list = (com.fasterxml.jackson.databind.node.ArrayNode) cut.get("indicators");
            list.remove(list.size() - 1);
            broken.set(k, cut);
        }
        RuntimeException late = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> RollUpInputs.read(List.of(packages.get(9)), List.of(broken.get(9)), null));
        for (int run = 0; run < 5; run++) {
            RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> RollUpInputs.read(packages, broken, null));
            RuntimeException first = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> RollUpInputs.read(List.of(packages.get(4)), List.of(broken.get(4)), null));
            assertTrue(!first.getMessage().equals(late.getMessage()), "the refusals can be told apart: " + first.getMessage());
            assertEquals(first.getMessage(), refused.getMessage(), "the refusal of input 4, the first in order");
        }
    }

    @Test
    void aRollUpOfRoundedPackagesIsTheirSumWithinTheStatedError() throws Exception {
        List<ProgrammeFacts> towns = new ArrayList<>();
        List<PackageVerifier.Result> packages = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            ProgrammeFacts f = GeneratedFacts.municipality(20 + 9 * k, 500 + k);
            towns.add(f);
            packages.add(pack(String.valueOf(2000 + k), f, Threshold.NAV, Protection.Method.ROUNDING));
        }
        RollUp.Result result = RollUp.aggregate(packages, "Region", Threshold.NAV, "test");
        Protection p = result.content().evaluation().protection();
        assertEquals(Protection.Method.ROUNDING, p.method());
        checkAgainstTruth(result, towns, p.maxError());
    }

    @Test
    void meetingsAddUpExactlyAndTheRollUpIsAPackageOfTheSameKind() throws Exception {
        RollUp.Result result = RollUp.aggregate(List.of(pack("1111", IndicatorCatalogueTest.FACTS, Threshold.NAV, Protection.Method.SUPPRESSION),
                pack("2222", IndicatorCatalogueTest.FACTS, Threshold.NAV, Protection.Method.SUPPRESSION)), "Nasjonalt", Threshold.NAV, "test");
        IndicatorResult meetings = result.content().evaluation().indicators().stream()
                .filter(i -> i.indicator().id().equals("involvement.type")).findFirst().orElseThrow();
        assertEquals(2L, meetings.current().cell(0, 0), "one information meeting in each");
        assertEquals(List.of("1111 Kommune 1111", "2222 Kommune 2222"), result.municipalities());
        Path out = dir.resolve("national.zip");
        Files.write(out, result.zip());
        assertTrue(PackageVerifier.verify(out).valid());
    }

    /** Exact cells equal the true sum (within {@code error}); ranges hold it; nothing published is provably small. */
    static int[] checkAgainstTruth(RollUp.Result result, List<ProgrammeFacts> towns, long error) {
        int exact = 0;
        int ranges = 0;
        int threshold = result.content().evaluation().threshold().minimum();
        for (IndicatorResult r : result.content().evaluation().indicators()) {
            ProtectedTable t = r.current();
            for (int row = 0; row < t.height(); row++) {
                for (int c = 0; c < t.width(); c++) {
                    long truth = 0;
                    for (ProgrammeFacts f : towns) {
                        truth += r.indicator().table(f, IndicatorCatalogueTest.Y2026).value(row, c);
                    }
                    String name = r.indicator().id() + " " + t.rowCode(row) + "/" + t.columnCode(c);
                    Long v = t.cell(row, c);
                    ProtectedTable.Range range = t.range(row, c);
                    if (v != null) {
                        exact++;
                        assertTrue(Math.abs(v - truth) <= error, name + ": published " + v + ", true " + truth);
                        assertTrue(!r.indicator().personCounts() || v == 0 || v >= threshold, name + ": published small " + v);
                    } else if (range != null) {
                        ranges++;
                        assertTrue(range.low() <= truth && truth <= range.high(), name + ": " + range.text() + " misses " + truth);
                        assertTrue(range.high() >= threshold, name + ": the range " + range.text() + " proves the cell small");
                        assertTrue(range.low() < range.high(), name + ": a range of one value");
                    }
                }
            }
        }
        return new int[] {exact, ranges};
    }
}
