package no.samspill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import no.samspill.data.AuditLog;
import no.samspill.data.DataKey;
import no.samspill.data.Database;
import no.samspill.data.MunicipalityRepository;
import no.samspill.domain.Municipality;
import no.samspill.evaluation.Evaluation;
import no.samspill.evaluation.EvaluationPackage;
import no.samspill.evaluation.EvaluationService;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.PackageContent;
import no.samspill.evaluation.Threshold;

/**
 * Samspill at 100,000 candidates over five years, every figure beside its floor measured in the same
 * run, in one table. Floors: a bare JavaFX window (same runtime, same options, same AOT treatment);
 * the key derivation alone; a raw SQL {@code LIKE}; one raw JDBC scan; reading the 357 packages.
 *
 * <p>{@code ./mvnw -q -DskipTests -Pinstaller package && xvfb-run -a -s "-screen 0 1366x768x24" ./mvnw -q test-compile exec:exec@scale-benchmark}
 * (without the app-image the first-window line is left out and says so).
 */
public final class ScaleBenchmark {

    private static final int CANDIDATES = Integer.getInteger("bench.candidates", 100_000);
    private static final int TOWNS = 357;
    /** Typed into the list's search field, '\b' a backspace: names, a number, and back to an empty field. */
    private static final String TYPING = "kari a\b\b\b\b\b\bhansen\b\b\b\b\b\bmaja s\b\b\b\b\b\bsæther\b\b\b\b\b\bola n.\b\b\b\b\b\b";
    private static final double NaN = Double.NaN;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // Closing the app at 100,000 candidates (the exit backup, compaction) takes longer than TestFX's 10 s default.
        System.setProperty("testfx.setup.timeout", "180000");
        Figures figures = new Figures();
        // -Dbench.reuse=<folder> keeps the filled folder between runs (it is filled once if empty).
        String reuse = System.getProperty("bench.reuse", "");
        Path dir = reuse.isEmpty() ? Files.createTempDirectory("samspill-scale") : Files.createDirectories(Path.of(reuse));
        char[] password = "Benk-Passord-2026".toCharArray();
        // -Dbench.only=app, on a filled folder: only the app's own figures, for working on one of them.
        if ("app".equals(System.getProperty("bench.only")) && Files.exists(dir.resolve("samspill.mv.db"))) {
            appFigures(figures, dir, password, new double[] {NaN}, NaN);
            System.exit(0);
        }
        firstWindow(figures);
        rollUp(figures);
        if (Files.exists(dir.resolve("samspill.mv.db"))) {
            figures.add("data file after close (compacted)", Files.size(dir.resolve("samspill.mv.db")) / 1e6, "MB", null, NaN, NaN, 60);
        } else {
            fill(dir, password, figures);
        }
        List<String> texts = DataFigures.texts(TYPING);
        double[] rawLike;
        try (Database db = Database.open(dir, password.clone())) {
            long mid = new MunicipalityRepository(db.dsl(), new AuditLog(Clock.systemDefaultZone(), "bench")).findAll().getFirst().id();
            DataFigures data = new DataFigures(db, mid);
            rawLike = data.rawLike(texts);
            double[] page = data.repositoryPage(texts);
            figures.add("  the list's query alone (rows, and whether more), median", DataFigures.percentile(page, 0.5), "ms", "raw SQL LIKE, median", DataFigures.percentile(rawLike, 0.5), NaN, NaN);
            double scan = data.rawScanMs();
            figures.add("indicators for one year (read + compute)", data.indicatorsMs(), "ms", "one raw JDBC scan of the rows", scan, 2,
                    NaN);
            double[] pkg = data.packageMs(dir.resolve("package.zip"));
            figures.add("whole package, database to file", pkg[0], "ms", null, NaN, NaN, 3000);
            figures.add("  of it: every file but the PDF", pkg[1], "ms", null, NaN, NaN, NaN);
            figures.add("  of it: the PDF alone (PDF/A, PDF/UA)", pkg[2], "ms", null, NaN, NaN, NaN);
        }
        byte[] salt = new byte[16];
        double kdf = DataFigures.median(() -> {
            DataKey.derive(password.clone(), DataKey.Params.DEFAULT, salt).close();
            return null;
        });
        appFigures(figures, dir, password, rawLike, kdf);
        System.exit(0);
    }

    private static void appFigures(Figures figures, Path dir, char[] password, double[] rawLike, double kdf) throws Exception {
        AppProbe.Result app = AppProbe.run(dir, password, 3, TYPING);
        figures.add("unlock: Enter to main window (median of 3)", DataFigures.percentile(app.unlockMs(), 0.5), "ms", "key derivation alone (Argon2id)", kdf,
                NaN, kdf + 400);
        figures.add("candidate list right after unlock: click to rows", app.listOpenMs(), "ms", null, NaN, NaN, NaN);
        double rawMedian = DataFigures.percentile(rawLike, 0.5);
        figures.add("search: keystroke to new rows, median", DataFigures.percentile(app.keystrokeMs(), 0.5), "ms", "raw SQL LIKE, median", rawMedian, 2, NaN);
        figures.add("search: keystroke to new rows, p99", DataFigures.percentile(app.keystrokeMs(), 0.99), "ms", "raw SQL LIKE, p99",
                DataFigures.percentile(rawLike, 0.99), NaN, 150);
        figures.add("heap after loading the list (" + app.listRows() + " rows)", app.heapAfterListMb(), "MB", null, NaN, NaN, 300);
        figures.add("longest FX-thread block (window open)", app.fxBlockMs(), "ms", null, NaN, NaN, 100);
        figures.print();
        System.out.printf("%,d candidates; %d keystrokes timed (%d more changed nothing on screen); the longest FX-thread block "
                + "came while %s.%nThe password is entered %d ms after its window shows, as a person types it.%nFX-thread blocks by phase: %s%n", CANDIDATES, app.keystrokeMs().length, app.unchangedKeys(),
                app.fxBlockDuring(), AppProbe.TYPING_MS, app.fxPhases());
    }

    private static void firstWindow(Figures figures) throws Exception {
        if (!StartupBenchmark.imageBuilt()) {
            figures.notMeasured("first window", "build the app-image first: ./mvnw -q -DskipTests -Pinstaller package");
            return;
        }
        StartupBenchmark.Medians m = StartupBenchmark.measure();
        boolean aot = m.aotApp() != null && m.aotBare() != null;
        figures.add("first window, installed image" + (aot ? " with AOT cache" : ""), aot ? m.aotApp() : m.plainApp(), "ms",
                "bare JavaFX window" + (aot ? ", AOT cache" : ""), aot ? m.aotBare() : m.plainBare(), 1.2, NaN);
        figures.add("first window, no AOT cache", m.plainApp(), "ms", "bare JavaFX window, no cache", m.plainBare(), 1.2, NaN);
        if (m.aotThemedBare() != null && aot) {
            figures.add("  for comparison: bare window under the app's theme", m.aotThemedBare(), "ms", "bare JavaFX window, AOT cache",
                    m.aotBare(), NaN, NaN);
        }
        if (m.aotControls() != null && aot) {
            figures.add("  for comparison: Samspill against its controls alone", m.aotApp(), "ms",
                    "its controls in plain JavaFX, theme, AOT", m.aotControls(), NaN, NaN);
        }
    }

    /** 357 small municipalities' packages (15 to 60 candidates), written to files, then added up as the secretariat does. */
    private static void rollUp(Figures figures) throws Exception {
        Path dir = Files.createTempDirectory("samspill-rollup");
        List<Path> files = IntStream.range(0, TOWNS).parallel().mapToObj(k -> {
            PackageContent c = new PackageContent(String.valueOf(3000 + k), "Kommune " + k,
                    Evaluation.compute(GeneratedFacts.municipality(15 + (k * 17) % 46, 900 + k), DataFigures.YEAR, Threshold.NAV),
                    Narrative.EMPTY, "bench", "nb");
            Path file = dir.resolve(c.fileName());
            try {
                Files.write(file, EvaluationPackage.build(c));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return file;
        }).toList();
        double read = DataFigures.median(() -> EvaluationService.verifyAll(files));
        double whole = DataFigures.median(() -> {
            EvaluationService.RollUpOutcome out = EvaluationService.rollUp(files, "Norge", Threshold.NAV, "bench", dir.resolve("national.zip"));
            if (!out.refused().isEmpty()) {
                throw new IllegalStateException("refused: " + out.refused());
            }
            return out;
        });
        figures.add("roll-up of 357 packages to one", whole, "ms", "reading and checking the 357 files", read, NaN, 5000);
    }

    private static void fill(Path dir, char[] password, Figures figures) throws Exception {
        long start = System.nanoTime();
        try (Database db = Database.open(dir, password.clone())) {
            long mid = new MunicipalityRepository(db.dsl(), new AuditLog(Clock.systemDefaultZone(), "bench"))
                    .create(new Municipality(null, "1234", "Benkvik", false)).id();
            SyntheticMunicipality.write(db, mid, GeneratedFacts.municipality(CANDIDATES, 21, LocalDate.of(2022, 1, 1), 5 * 365));
            System.out.printf("filled %,d candidates over five years in %.1f s; file %,.0f MB while open%n", CANDIDATES,
                    (System.nanoTime() - start) / 1e9, Files.size(dir.resolve("samspill.mv.db")) / 1e6);
        }
        figures.add("data file after close (compacted)", Files.size(dir.resolve("samspill.mv.db")) / 1e6, "MB", null, NaN, NaN, 60);
    }
}
