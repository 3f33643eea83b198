package no.samspill.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The evaluation use cases, the same for the window and the command line: write a package, verify
 * packages, add them up. Each writes its file in one step, or not at all.
 */
public final class EvaluationService {

    /** The packages that verified, and the refused ones as "file: why". */
    public record Verified(List<PackageVerifier.Result> accepted, List<String> refused) {
    }

    /** The outcome of adding packages up: the refused files with why, or the written roll-up and how many inputs were exact. */
    public record RollUpOutcome(List<String> refused, Path written, int packages, int exactInputs) {
    }

    private EvaluationService() {
    }

    /**
     * Checks the narrative once more, builds the package and writes it; a narrative that names
     * someone throws {@link PackageExport.BlockedException} and nothing is written.
     */
    public static void export(PackageContent content, Collection<String> personalValues, Path target, BooleanSupplier cancelled) {
        List<NarrativeCheck.Finding> findings = NarrativeCheck.check(content.narrative(), personalValues);
        if (!findings.isEmpty()) {
            throw new PackageExport.BlockedException(findings);
        }
        byte[] zip = EvaluationPackage.build(content);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        AtomicFile.write(target, zip, cancelled);
    }

    public static Verified verifyAll(List<Path> files) {
        return verifyAll(files, () -> false);
    }

    private static Verified verifyAll(List<Path> files, BooleanSupplier cancelled) {
        List<PackageVerifier.Result> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path p : files) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            PackageVerifier.Result r = Files.isRegularFile(p) ? PackageVerifier.verify(p)
                    : new PackageVerifier.Result(p, List.of("there is no such file"), Map.of(), Map.of());
            if (r.valid()) {
                accepted.add(r);
            } else {
                refused.add(p.getFileName() + ": " + String.join("; ", r.problems()));
            }
        }
        return new Verified(accepted, refused);
    }

    /** Verifies every package first; if any is refused (or none is named), nothing is added up or written. */
    public static RollUpOutcome rollUp(List<Path> files, String name, Threshold threshold, String appVersion, Path target) {
        return rollUp(files, name, threshold, appVersion, target, null);
    }

    /**
     * As above; with the secretariat's {@code key} open, companions it opens count exactly. A
     * companion it cannot open, or one that does not match its package, refuses the roll-up.
     */
    public static RollUpOutcome rollUp(List<Path> files, String name, Threshold threshold, String appVersion, Path target,
                                       UnlockedKey key) {
        return rollUp(files, name, threshold, appVersion, target, key, () -> false);
    }

    /**
     * As above, for the window: once {@code cancelled} says so, the work stops with a
     * {@link CancellationException} between two packages, and nothing is written.
     */
    public static RollUpOutcome rollUp(List<Path> files, String name, Threshold threshold, String appVersion, Path target,
                                       UnlockedKey key, BooleanSupplier cancelled) {
        Verified v = verifyAll(files, cancelled);
        if (!v.refused().isEmpty() || v.accepted().isEmpty()) {
            return new RollUpOutcome(v.refused(), null, v.accepted().size(), 0);
        }
        RollUp.Result result;
        try {
            result = RollUp.aggregate(v.accepted(), name, threshold, appVersion, key, cancelled);
        } catch (RefusedInput e) {
            return new RollUpOutcome(List.of(e.getMessage()), null, v.accepted().size(), 0);
        }
        AtomicFile.write(target, result.zip(), cancelled);
        return new RollUpOutcome(List.of(), target, v.accepted().size(), result.exactInputs());
    }
}
