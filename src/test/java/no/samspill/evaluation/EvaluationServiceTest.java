package no.samspill.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Arrays;

/** The use cases the window and the command line share: a file appears whole or not at all. */
class EvaluationServiceTest {

    @TempDir Path dir;

    @Test
    void aCancelledOrBlockedExportLeavesNothingAndAFinishedOneVerifies() throws Exception {
        PackageContent content = EvaluationPackageTest.content();
        Path target = dir.resolve("out/samspill-1234-2026.zip");
        assertThrows(CancellationException.class, () -> EvaluationService.export(content, List.of(), target, () -> true));
        assertFalse(Files.exists(target));
        PackageContent naming = new PackageContent("1234", "Testvik", content.evaluation(),
                new Narrative("Kari Nordmanns mentor hjalp.", "", "", ""), "test", "nb");
        assertThrows(PackageExport.BlockedException.class, () -> EvaluationService.export(naming, List.of("Kari Nordmann"), target, () -> false));
        assertFalse(Files.exists(target));
        EvaluationService.export(content, List.of("Kari Nordmann"), target, () -> false);
        assertTrue(PackageVerifier.verify(target).valid());
        try (var left = Files.list(target.getParent())) {
            assertEquals(List.of(target), left.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void aRollUpWithOneRefusedPackageWritesNothing() throws Exception {
        Path good = dir.resolve("good.zip");
        EvaluationService.export(EvaluationPackageTest.content(), List.of(), good, () -> false);
        Path bad = dir.resolve("bad.zip");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(bad, Arrays.copyOf(bytes, bytes.length - 40));
        Path target = dir.resolve("national.zip");
        EvaluationService.RollUpOutcome outcome = EvaluationService.rollUp(List.of(good, bad), "Nasjonalt", Threshold.NAV, "test", target);
        assertEquals(1, outcome.refused().size());
        assertTrue(outcome.refused().get(0).startsWith("bad.zip: "), outcome.refused().toString());
        assertFalse(Files.exists(target));
        EvaluationService.RollUpOutcome ok = EvaluationService.rollUp(List.of(good), "Nasjonalt", Threshold.NAV, "test", target);
        assertEquals(target, ok.written());
        assertTrue(PackageVerifier.verify(target).valid());
    }

    /**
     * A roll-up asks whether it is cancelled before each package is verified, before each input is
     * read and before the file is moved into place; cancelled at any of those, it writes nothing.
     */
    @Test
    void aRollUpCancelledWhileVerifyingReadingOrWritingLeavesNothing() throws Exception {
        int n = 12;
        List<Path> inputs = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            PackageContent c = new PackageContent(String.valueOf(1100 + k), "Kommune " + k,
                    Evaluation.compute(IndicatorCatalogueTest.FACTS, IndicatorCatalogueTest.Y2026, Threshold.NAV), Narrative.EMPTY, "test", "nb");
            Path file = dir.resolve(c.fileName());
            Files.write(file, EvaluationPackage.build(c));
            inputs.add(file);
        }
        Path target = dir.resolve("national.zip");
        for (int askedBefore : new int[] {3, n + 2, 2 * n}) {
            java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
            assertThrows(CancellationException.class, () -> EvaluationService.rollUp(inputs, "Nasjonalt", Threshold.NAV, "test", target, null,
                    () -> asked.incrementAndGet() > askedBefore), "cancelled after " + askedBefore + " questions");
            assertFalse(Files.exists(target));
            try (var left = Files.list(dir)) {
                assertEquals(n, left.count(), "only the inputs are in the folder, no part of a roll-up");
            }
        }
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        EvaluationService.RollUpOutcome ok = EvaluationService.rollUp(inputs, "Nasjonalt", Threshold.NAV, "test", target, null,
                () -> asked.incrementAndGet() < 0);
        assertEquals(2 * n + 1, asked.get(), "asked before each verification, each input and the write");
        assertTrue(PackageVerifier.verify(ok.written()).valid());
    }
}
