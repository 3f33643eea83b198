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
}
