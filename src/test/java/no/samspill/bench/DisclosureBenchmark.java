package no.samspill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import no.samspill.data.AuditLog;
import no.samspill.data.Database;
import no.samspill.data.DemoData;
import no.samspill.data.EvaluationRepository;
import no.samspill.data.MunicipalityRepository;
import no.samspill.evaluation.Evaluation;
import no.samspill.evaluation.IndicatorResult;
import no.samspill.evaluation.Period;
import no.samspill.evaluation.ProgrammeFacts;
import no.samspill.evaluation.ProtectedTable;
import no.samspill.evaluation.Threshold;
import java.util.ArrayList;
import java.util.List;
import no.samspill.evaluation.NarrativeCheck;
import no.samspill.evaluation.CountTable;
import no.samspill.evaluation.EvaluationPackage;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.PackageContent;
import no.samspill.evaluation.PackageVerifier;
import no.samspill.evaluation.RollUp;

/**
 * Prints, for the demo municipality and for 100,000 generated candidates, the share of non-zero
 * cells that are not published exactly and how long protecting the tables takes, beside the floors
 * from ADR 0011. Run with {@code ./mvnw -q test-compile exec:exec@disclosure-benchmark}.
 */
public final class DisclosureBenchmark {

    private static final Period YEAR = Period.ofYear(2026);

    private DisclosureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ProgrammeFacts demo = demoFacts();
        System.out.printf("demo: %d candidates%n", demo.candidates().size());
        for (Threshold t : new Threshold[] {Threshold.NAV, Threshold.SSB}) {
            report("demo, " + t.name(), demo, t, 0.5);
        }
        ProgrammeFacts big = GeneratedFacts.municipality(100_000, 11);
        report("100,000 candidates, nav", big, Threshold.NAV, 0.5);
        rollUp(20);
        narrativeCheck(100_000);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap in use with the 100,000 facts loaded: %.0f MB (floor: under 512 MB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    /** The name check the export and Evaluering run on the narrative, against every name in a large register. */
    static void narrativeCheck(int people) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            names.add("Fornavn" + Integer.toString(i, 36) + " Etternavn" + Integer.toString(i * 7 + 3, 36));
        }
        String paragraph = "Mentorordningen fungerte godt, og samarbeidet med Nav-kontoret ble tettere gjennom året. ".repeat(40);
        Narrative text = new Narrative(paragraph, paragraph, paragraph, paragraph + " Fornavn2s sak.");
        NarrativeCheck.check(text, names);
        long start = System.nanoTime();
        List<NarrativeCheck.Finding> found = NarrativeCheck.check(text, names);
        System.out.printf("narrative check, 4 x %,d characters against %,d names: %d found in %.0f ms (floor: under 1,000 ms)%n",
                paragraph.length(), people, found.size(), (System.nanoTime() - start) / 1e6);
    }

    /** A roll-up of generated municipalities of 15 to 60 candidates: time, and how its person cells are published. */
    static void rollUp(int towns) throws Exception {
        Path dir = Files.createTempDirectory("samspill-rollup");
        List<PackageVerifier.Result> packages = new ArrayList<>();
        for (int k = 0; k < towns; k++) {
            ProgrammeFacts f = GeneratedFacts.municipality(15 + (k * 17) % 46, 900 + k);
            var c = new PackageContent(String.valueOf(3000 + k), "Kommune " + k,
                    Evaluation.compute(f, YEAR, Threshold.NAV), Narrative.EMPTY, "bench", "nb");
            Path file = dir.resolve(c.fileName());
            Files.write(file, EvaluationPackage.build(c));
            packages.add(PackageVerifier.verify(file));
        }
        long start = System.nanoTime();
        var result = RollUp.aggregate(packages, "Nasjonalt", Threshold.NAV, "bench");
        double seconds = (System.nanoTime() - start) / 1e9;
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
        System.out.printf("roll-up of %d municipalities: %d person cells exact, %d ranges, %d hidden; in %.2f s (floor: under 10 s)%n",
                towns, exact, ranges, hidden, seconds);
    }

    static void report(String label, ProgrammeFacts facts, Threshold t, double maxShare) {
        Evaluation.compute(facts, YEAR, t);
        long start = System.nanoTime();
        Evaluation.Result r = Evaluation.compute(facts, YEAR, t);
        double seconds = (System.nanoTime() - start) / 1e9;
        int[] counts = hidden(r, facts, t);
        double share = counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
        double small = counts[0] == 0 ? 0 : (double) counts[2] / counts[0];
        double fewest = counts[0] == 0 ? 0 : (double) counts[3] / counts[0];
        System.out.printf("%-28s %3d of %3d non-zero cells hidden = %4.1f %% (goal: at most %.0f %%; under the threshold: %4.1f %%;"
                        + " fewest any method must hide: %d = %4.1f %%)   computed and protected in %.2f s (floor: under 5 s)%n",
                label, counts[1], counts[0], share * 100, maxShare * 100, small * 100, counts[3], fewest * 100, seconds);
    }

    /**
     * Non-zero person-count cells this year, and how many of them are not published exactly; the
     * inner cells of a table published as its margins are not cells of the package. The third
     * figure is how many of them are under the threshold: no method may publish those. The fourth
     * is the fewest any method must withhold ({@link SuppressionFloor}).
     */
    private static int[] hidden(Evaluation.Result r, ProgrammeFacts facts, Threshold t) {
        int nonZero = 0;
        int hidden = 0;
        int small = 0;
        int fewest = 0;
        for (IndicatorResult ir : r.indicators()) {
            if (!ir.indicator().personCounts()) {
                continue;
            }
            var truth = ir.indicator().table(facts, YEAR);
            ProtectedTable p = ir.current();
            if (Boolean.getBoolean("samspill.bench.tables")) {
                print(ir.indicator().id(), truth, p);
            }
            List<SuppressionFloor.Published> parts = new ArrayList<>();
            for (Evaluation.ProgrammeResult pr : r.byProgramme()) {
                pr.indicators().stream().filter(x -> x.indicator() == ir.indicator()).findFirst().ifPresent(x ->
                        parts.add(new SuppressionFloor.Published(ir.indicator().table(facts.of(pr.programme()), YEAR), x.current())));
            }
            fewest += SuppressionFloor.fewestHidden(new SuppressionFloor.Published(truth, p), parts, t);
            for (int row = 0; row < p.height(); row++) {
                for (int c = 0; c < p.width(); c++) {
                    if (truth.value(row, c) > 0 && p.state(row, c) != ProtectedTable.State.MARGIN_ONLY) {
                        nonZero++;
                        hidden += p.cell(row, c) == null ? 1 : 0;
                        small += t.tooSmall(truth.value(row, c)) ? 1 : 0;
                    }
                }
            }
        }
        return new int[] {nonZero, hidden, small, fewest};
    }

    private static void print(String id, CountTable truth, ProtectedTable p) {
        System.out.println(id);
        for (int row = 0; row < p.height(); row++) {
            StringBuilder line = new StringBuilder("   ");
            for (int c = 0; c < p.width(); c++) {
                String mark = p.cell(row, c) != null ? " " : p.state(row, c) == ProtectedTable.State.MARGIN_ONLY ? "." : "*";
                line.append(String.format("%5s", truth.value(row, c) + mark));
            }
            System.out.println(line);
        }
    }

    public static ProgrammeFacts demoFacts() throws Exception {
        Path dir = Files.createTempDirectory("samspill-disclosure");
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Oslo"));
        Database db = Database.open(dir);
        try {
            AuditLog audit = new AuditLog(clock, "bench");
            long mid = new DemoData(db.dsl(), new MunicipalityRepository(db.dsl(), audit), clock).create("Fjordvik").id();
            return new EvaluationRepository(db.dsl(), audit, clock).facts(mid);
        } finally {
            db.close();
        }
    }
}
