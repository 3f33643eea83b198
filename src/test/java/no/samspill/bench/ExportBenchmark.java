package no.samspill.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import no.samspill.data.AuditLog;
import no.samspill.data.Database;
import no.samspill.data.EvaluationRepository;
import no.samspill.data.MunicipalityRepository;
import no.samspill.domain.Municipality;
import no.samspill.evaluation.Evaluation;
import no.samspill.evaluation.EvaluationPackage;
import no.samspill.evaluation.EvaluationService;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.PackageContent;
import no.samspill.evaluation.Period;
import no.samspill.evaluation.ProgrammeFacts;
import no.samspill.evaluation.Threshold;

/**
 * The evaluation package at 100,000 candidates, read from an encrypted database file the way the app
 * reads it: each step's time and the peak heap, beside the goals. Run with
 * {@code ./mvnw -q test-compile exec:exec@export-benchmark}. The first run of each step is cold (as
 * a coordinator's first export is); the figure printed is the median of three after it.
 */
public final class ExportBenchmark {

    private static final int CANDIDATES = 100_000;
    private static final Period YEAR = Period.ofYear(2026);

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("samspill-export-bench");
        char[] password = "Benk-Passord-2026".toCharArray();
        Database db = Database.open(dir, password.clone());
        try {
            AuditLog audit = new AuditLog(Clock.systemDefaultZone(), "bench");
            long mid = new MunicipalityRepository(db.dsl(), audit).create(new Municipality(null, "1234", "Benkvik", false)).id();
            long start = System.nanoTime();
            ProgrammeFacts generated = GeneratedFacts.municipality(CANDIDATES, 21);
            SyntheticMunicipality.write(db, mid, generated);
            generated = null;
            System.out.printf("filled %,d candidates in %.1f s; database file %.0f MB%n", CANDIDATES, (System.nanoTime() - start) / 1e9,
                    Files.size(dir.resolve("samspill.mv.db")) / 1e6);
            // Closing compacts a file past 16 MB (FileCompaction): the figure the coordinator's laptop keeps.
            long closing = System.nanoTime();
            db.close();
            System.out.printf("%-52s %8.0f MB   (goal: at most 60 MB; closing took %.1f s)%n", "database file after close",
                    Files.size(dir.resolve("samspill.mv.db")) / 1e6, (System.nanoTime() - closing) / 1e9);
            db = Database.open(dir, password.clone());
            EvaluationRepository repo = new EvaluationRepository(db.dsl(), audit, Clock.systemDefaultZone());
            measure(repo, mid, dir);
        } finally {
            db.close();
        }
    }

    private static void measure(EvaluationRepository repo, long mid, Path dir) throws Exception {
        System.gc();
        resetPeaks();
        ProgrammeFacts facts = time("read the facts (Evaluering, first step)", 1000, () -> repo.facts(mid));
        List<String> names = time("read the names for the narrative check", 1000, () -> repo.personalValues(mid));
        Evaluation.Result result = time("compute and protect all indicators (preview)", 1000,
                () -> Evaluation.compute(facts, YEAR, Threshold.NAV));
        long previewPeak = peakHeap();
        PackageContent content = new PackageContent("1234", "Benkvik", result,
                new Narrative("Samarbeidet med Nav-kontoret ble tettere.", "", "", ""), "bench", "nb");
        Map<String, byte[]> payload = time("all files but the PDF: JSON, CSV, XLSX", 1000, () -> {
            Map<String, byte[]> files = new java.util.TreeMap<>(EvaluationPackage.payload(content));
            files.remove("report.pdf");
            return files;
        });
        time("report.pdf alone (layout and PDF/A + PDF/UA)", 2000, () -> EvaluationPackage.payload(content).get("report.pdf"));
        Path target = dir.resolve("package.zip");
        long whole = median(() -> {
            ProgrammeFacts f = repo.facts(mid);
            List<String> n = repo.personalValues(mid);
            PackageContent c = new PackageContent("1234", "Benkvik", Evaluation.compute(f, YEAR, Threshold.NAV), content.narrative(),
                    "bench", "nb");
            EvaluationService.export(c, n, target, () -> false);
            return null;
        });
        System.out.printf("%-52s %8.0f ms   (goal: at most 3,000 ms)%n", "whole package from the database to the file", whole / 1e6);
        // The pools peak at different moments, so their sum is an upper bound; the limit the run finished in is the real test.
        System.out.printf("%-52s %8.0f MB   (upper bound)%n", "peak heap, preview (sum of pool peaks)", previewPeak / 1e6);
        System.out.printf("%-52s %8.0f MB   (upper bound)%n", "peak heap, whole export (sum of pool peaks)", peakHeap() / 1e6);
        System.out.printf("%-52s %8.0f MB   (goal: at most 300 MB; run with -Dbench.heap=300m)%n", "heap limit this run finished inside",
                Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf("%-52s %8d bytes, %d files besides the PDF%n", "package", Files.size(target), payload.size());
    }

    private static <T> T time(String what, long goalMs, Callable<T> step) throws Exception {
        long cold = System.nanoTime();
        T value = step.call();
        cold = System.nanoTime() - cold;
        long warm = median(step);
        System.out.printf("%-52s %8.0f ms   (cold %,.0f ms; goal: at most %,d ms)%n", what, warm / 1e6, cold / 1e6, goalMs);
        return value;
    }

    private static long median(Callable<?> step) throws Exception {
        long[] runs = new long[3];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            step.call();
            runs[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(runs);
        return runs[1];
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak since the reset: at least the real peak, never less. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
