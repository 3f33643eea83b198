package no.samspill.bench;

import static no.samspill.data.schema.Tables.CANDIDATE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.Callable;
import no.samspill.data.TestDatabase;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Programme;
import no.samspill.domain.Municipality;
import no.samspill.ui.candidates.CandidateListViewModel;
import org.jooq.InsertValuesStep5;
import java.util.Arrays;

/**
 * Fills a fresh database with 100,000 candidates and prints how long the queries behind the
 * screens take (median of 7 runs after 3 warm-ups). Run with {@code ./mvnw -q test-compile exec:exec@benchmark}.
 */
public final class CandidateListBenchmark {

    private static final int CANDIDATES = 100_000;

    private CandidateListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("samspill-bench");
        TestDatabase db = new TestDatabase(dir);
        try {
            long mid = db.municipalities.create(new Municipality(null, "1234", "Benchvik", false)).id();
            long start = System.nanoTime();
            fill(db, mid);
            System.out.printf("inserted %,d candidates in %.1f s%n", CANDIDATES, (System.nanoTime() - start) / 1e9);
            int limit = CandidateListViewModel.LIMIT;
            time("list, no filter (first " + limit + " + count)", () -> db.candidates.page(mid, CandidateFilter.ALL, limit));
            time("list, name contains \"ola\"", () -> db.candidates.page(mid, new CandidateFilter("ola", null), limit));
            time("list, name contains \"zzz\" (no match)", () -> db.candidates.page(mid, new CandidateFilter("zzz", null), limit));
            time("list, status in job", () -> db.candidates.page(mid, new CandidateFilter("", CandidateStatus.IN_JOB), limit));
            time("open one candidate", () -> db.candidates.find(CANDIDATES / 2));
            time("possible duplicates at registration", () -> db.candidates.possibleDuplicates(mid, "Ola Nordmann 123",
                    LocalDate.of(2000, 1, 1), null));
            time("counts by status", () -> db.candidates.countsByStatus(mid));
            time("active candidates without mentor", () -> db.mentors.candidatesWithoutMentor(mid));
            System.out.printf("database file while open: %.1f MB%n", Files.size(dir.resolve("samspill.mv.db")) / 1e6);
        } finally {
            db.database.close();
        }
        System.out.printf("database file after close: %.1f MB%n", Files.size(dir.resolve("samspill.mv.db")) / 1e6);
    }

    private static void fill(TestDatabase db, long mid) {
        Random random = new Random(7);
        String[] first = {"Ola", "Kari", "Nora", "Emil", "Sara", "Jonas", "Ingrid", "Ali", "Maja", "Oskar"};
        CandidateStatus[] statuses = CandidateStatus.values();
        db.database.dsl().transaction(cfg -> {
            for (int batch = 0; batch < CANDIDATES / 1000; batch++) {
                InsertValuesStep5<?, Long, String, Integer, Programme, CandidateStatus> insert = cfg.dsl().insertInto(CANDIDATE,
                        CANDIDATE.MUNICIPALITY_ID, CANDIDATE.FULL_NAME, CANDIDATE.BIRTH_YEAR, CANDIDATE.PROGRAMME, CANDIDATE.STATUS);
                for (int i = 0; i < 1000; i++) {
                    int n = batch * 1000 + i;
                    insert = insert.values(mid, first[random.nextInt(first.length)] + " Nordmann " + n, 1990 + random.nextInt(15),
                            Programme.RECRUITMENT_THROUGH_INCLUSION, statuses[random.nextInt(statuses.length)]);
                }
                insert.execute();
            }
        });
    }

    private static void time(String what, Callable<?> query) throws Exception {
        for (int i = 0; i < 3; i++) {
            query.call();
        }
        long[] runs = new long[7];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            query.call();
            runs[i] = System.nanoTime() - t;
        }
        Arrays.sort(runs);
        System.out.printf("%-45s %8.1f ms%n", what, runs[runs.length / 2] / 1e6);
    }
}
