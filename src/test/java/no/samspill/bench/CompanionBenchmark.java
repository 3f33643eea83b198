package no.samspill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.samspill.evaluation.Evaluation;
import no.samspill.evaluation.EvaluationPackage;
import no.samspill.evaluation.IndicatorResult;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.PackageContent;
import no.samspill.evaluation.PackageVerifier;
import no.samspill.evaluation.Period;
import no.samspill.evaluation.ProgrammeFacts;
import no.samspill.evaluation.ProtectedTable;
import no.samspill.evaluation.RollUp;
import no.samspill.evaluation.SecretariatKeys;
import no.samspill.evaluation.Threshold;
import no.samspill.evaluation.UnlockedKey;

/**
 * The national roll-up of 357 generated small municipalities (15 to 60 candidates each), every
 * package made by the real export path with a confidential companion: the share of person cells
 * published exactly, the time and the heap, with the secretariat's key and without it. Run with
 * {@code ./mvnw -q test-compile exec:exec@companion-benchmark}; {@code -Dbench.towns=N} for fewer.
 */
public final class CompanionBenchmark {

    private static final Period YEAR = Period.ofYear(2026);

    private CompanionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int towns = Integer.getInteger("bench.towns", 357);
        char[] password = "Benchmark-Sekretariat-1".toCharArray();
        SecretariatKeys.Generated keys = SecretariatKeys.generate("Benchmark", password);
        Path dir = Files.createTempDirectory("samspill-companions");
        long built = System.nanoTime();
        List<PackageVerifier.Result> packages = IntStream.range(0, towns).parallel().mapToObj(k -> {
            ProgrammeFacts f = GeneratedFacts.municipality(15 + (k * 17) % 46, 900 + k);
            PackageContent c = new PackageContent(String.valueOf(3000 + k), "Kommune " + k, Evaluation.compute(f, YEAR, Threshold.NAV),
                    Narrative.EMPTY, "bench", "nb", keys.publicKey());
            Path file = dir.resolve(c.fileName());
            try {
                Files.write(file, EvaluationPackage.build(c));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return PackageVerifier.verify(file);
        }).toList();
        System.out.printf("%d packages with companions made by the export path in %.0f s%n", towns, (System.nanoTime() - built) / 1e9);
        report("without the key (published intervals)", packages, null, 0);
        try (UnlockedKey key = SecretariatKeys.unlock(keys.privateFile(), password)) {
            report("with the key (exact companions)", packages, key, 0.9);
        }
    }

    private static void report(String label, List<PackageVerifier.Result> packages, UnlockedKey key, double floor) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        PeakHeap peak = PeakHeap.begin();
        long start = System.nanoTime();
        RollUp.Result result = RollUp.aggregate(packages, "Nasjonalt", Threshold.NAV, "bench", key);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakBytes = peak.end();
        int exact = 0;
        int ranges = 0;
        int hidden = 0;
        for (IndicatorResult ir : result.content().evaluation().indicators()) {
            if (!ir.indicator().personCounts()) {
                continue;
            }
            ProtectedTable p = ir.current();
            for (int row = 0; row < p.height(); row++) {
                for (int c = 0; c < p.width(); c++) {
                    switch (p.state(row, c)) {
                        case PUBLISHED -> exact++;
                        case RANGE -> ranges++;
                        default -> hidden++;
                    }
                }
            }
        }
        int all = exact + ranges + hidden;
        System.out.printf("%-40s %d exact inputs, %d intervals: %5.1f %% of %d person cells exact%s (%d ranges, %d hidden); "
                        + "%.2f s; heap %.0f MB before, peak %.0f MB%n", label, result.exactInputs(), result.intervalInputs(),
                100.0 * exact / all, all, floor > 0 ? String.format(" (floor: at least %.0f %%)", floor * 100) : "", ranges, hidden,
                seconds, before / 1e6, peakBytes / 1e6);
    }

    /** Samples the used heap every 20 ms on a daemon thread; the highest sample is the peak. */
    private static final class PeakHeap extends Thread {
        private volatile boolean running = true;
        private long peak;

        static PeakHeap begin() {
            PeakHeap p = new PeakHeap();
            p.setDaemon(true);
            p.start();
            return p;
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long end() {
            running = false;
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak;
        }
    }
}
