package no.samspill.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import no.samspill.data.AuditLog;
import no.samspill.data.Database;
import no.samspill.data.EvaluationRepository;
import no.samspill.evaluation.Evaluation;
import no.samspill.evaluation.EvaluationPackage;
import no.samspill.evaluation.EvaluationService;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.PackageContent;
import no.samspill.evaluation.Period;
import no.samspill.evaluation.ProgrammeFacts;
import no.samspill.evaluation.Threshold;

/**
 * The figures read straight from the database file, each with its floor: the search's raw SQL
 * {@code LIKE}; one raw JDBC scan of every row the indicators read; the package's steps.
 */
final class DataFigures {

    /** Every table the indicators read (FactsReader), scanned whole: one municipality holds them all. */
    private static final List<String> FACT_TABLES = List.of("candidate", "candidate_status_change", "training_path", "qualification",
            "employment_spell", "follow_up", "mentor_assignment", "involvement_event", "involvement_workplace", "nav_measure",
            "apprenticeship_contract", "income_period", "cooperation_meeting", "shared_task", "workplace_plan");
    static final Period YEAR = Period.ofYear(2026);

    private final Database db;
    private final long mid;
    private final EvaluationRepository repo;

    DataFigures(Database db, long mid) {
        this.db = db;
        this.mid = mid;
        this.repo = new EvaluationRepository(db.dsl(), new AuditLog(Clock.systemDefaultZone(), "bench"), Clock.systemDefaultZone());
    }

    /** The raw search for each text the typing passes through: the matching rows' ids and names, no order, no count. */
    double[] rawLike(List<String> texts) throws Exception {
        double[] out = new double[texts.size()];
        db.dsl().connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, full_name FROM candidate WHERE municipality_id = ? "
                    + "AND LOWER(full_name) LIKE ?")) {
                for (int warm = 0; warm < 3; warm++) {
                    like(ps, "ola");
                }
                for (int i = 0; i < texts.size(); i++) {
                    long t = System.nanoTime();
                    like(ps, texts.get(i));
                    out[i] = (System.nanoTime() - t) / 1e6;
                }
            }
        });
        return out;
    }

    private void like(PreparedStatement ps, String text) throws Exception {
        ps.setLong(1, mid);
        ps.setString(2, "%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        try (ResultSet rs = ps.executeQuery()) {
            long sink = 0;
            while (rs.next()) {
                sink += rs.getLong(1) + rs.getString(2).length();
            }
            if (sink < 0) {
                throw new IllegalStateException();
            }
        }
    }

    /** The list's own query for each text, through the repository (rows in name order, the count): the SQL's share of a keystroke. */
    double[] repositoryPage(List<String> texts) {
        no.samspill.data.CandidateRepository candidates = new no.samspill.data.CandidateRepository(db.dsl(),
                new AuditLog(Clock.systemDefaultZone(), "bench"), Clock.systemDefaultZone());
        double[] out = new double[texts.size()];
        for (int warm = 0; warm < 3; warm++) {
            candidates.page(mid, new no.samspill.domain.CandidateFilter("ola", null), no.samspill.ui.candidates.CandidateListViewModel.LIMIT);
        }
        for (int i = 0; i < texts.size(); i++) {
            long t = System.nanoTime();
            candidates.page(mid, new no.samspill.domain.CandidateFilter(texts.get(i), null), no.samspill.ui.candidates.CandidateListViewModel.LIMIT);
            out[i] = (System.nanoTime() - t) / 1e6;
        }
        return out;
    }

    /** One pass over every row of every table the indicators read, each column fetched. */
    double rawScanMs() throws Exception {
        return median(() -> {
            db.dsl().connection(this::scan);
            return null;
        });
    }

    private void scan(Connection c) throws Exception {
        long cells = 0;
        try (Statement st = c.createStatement()) {
            st.setFetchSize(5000);
            for (String table : FACT_TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            if (rs.getObject(i) != null) {
                                cells++;
                            }
                        }
                    }
                }
            }
        }
        if (cells == 0) {
            throw new IllegalStateException("nothing scanned");
        }
    }

    double indicatorsMs() throws Exception {
        return median(() -> Evaluation.compute(repo.facts(mid), YEAR, Threshold.NAV));
    }

    /** The whole package from the database to the file; its parts: the files but the PDF, and the PDF alone. */
    double[] packageMs(Path target) throws Exception {
        ProgrammeFacts facts = repo.facts(mid);
        PackageContent content = new PackageContent("1234", "Benkvik", Evaluation.compute(facts, YEAR, Threshold.NAV),
                new Narrative("Samarbeidet med Nav-kontoret ble tettere.", "", "", ""), "bench", "nb");
        double withoutPdf = median(() -> {
            Map<String, byte[]> files = new TreeMap<>(EvaluationPackage.payload(content));
            files.remove("report.pdf");
            return files;
        });
        double pdf = median(() -> EvaluationPackage.payload(content).get("report.pdf"));
        double whole = median(() -> {
            PackageContent c = new PackageContent("1234", "Benkvik", Evaluation.compute(repo.facts(mid), YEAR, Threshold.NAV),
                    content.narrative(), "bench", "nb");
            EvaluationService.export(c, repo.personalValues(mid), target, () -> false);
            return null;
        });
        return new double[] {whole, withoutPdf, pdf};
    }

    /** The median of three after one cold run (the cold run warms the JIT and the file's cache). */
    static double median(Callable<?> step) throws Exception {
        step.call();
        double[] runs = new double[3];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            step.call();
            runs[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(runs);
        return runs[1];
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The texts the search field holds after each keystroke ('\b' deletes one character). */
    static List<String> texts(String typing) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (char ch : typing.toCharArray()) {
            if (ch == '\b') {
                field.setLength(Math.max(0, field.length() - 1));
            } else {
                field.append(ch);
            }
            out.add(field.toString());
        }
        return out;
    }
}
