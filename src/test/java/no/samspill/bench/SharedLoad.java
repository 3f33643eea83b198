package no.samspill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.samspill.data.ChangedElsewhereException;
import no.samspill.data.Database;
import no.samspill.data.Repositories;
import no.samspill.data.ServerAddress;
import no.samspill.data.ServerDatabase;
import no.samspill.data.TestServer;
import java.time.LocalDate;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.Programme;
import no.samspill.domain.ReferralSource;
import no.samspill.domain.Municipality;

/**
 * Ten coordinators saving at once on one server (shared mode, loopback only): each has an app's own
 * connection pool and, bounded in count and time, opens one of a few shared candidates, adds one
 * mark to its note and saves over the record as opened; a refused save is opened again and redone,
 * as a coordinator would. At the end every candidate's note must hold exactly the marks of the saves
 * that passed: none lost, none doubled. Prints the save times (p50, p99) and the refusals.
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@shared-load -Dpostgres=127.0.0.1:55432:postgres}
 */
public final class SharedLoad {

    private static final int COORDINATORS = 10;
    private static final int SAVES_EACH = 100;
    private static final int CANDIDATES = 20;
    private static final long LIMIT_SECONDS = 120;

    public static void main(String[] args) throws Exception {
        TestServer server = TestServer.configured().orElseThrow(() -> new IllegalStateException("-Dsamspill.test.postgres=host:port:user"));
        ServerAddress address = server.address(server.createDatabase());
        if (!address.plainOnLoopback()) {
            throw new IllegalStateException("The load runs on the loopback address only");
        }
        ServerDatabase.migrate(address, new char[0]);
        Path local = Files.createTempDirectory("samspill-load");
        List<Long> ids = new ArrayList<>();
        try (Database setup = ServerDatabase.open(address, new char[0], local)) {
            Repositories repos = Repositories.of(setup, Clock.systemDefaultZone(), "load");
            Municipality m = repos.municipalities().create(new Municipality(null, "030112", "Alna", false));
            for (int i = 0; i < CANDIDATES; i++) {
                ids.add(repos.candidates().save(new Candidate(null, m.id(), "Last " + i, null, 2000, null, Gender.NOT_RECORDED, null,
                        LocalDate.now(), ReferralSource.NAV, null, Programme.INN_I_JOBB, CandidateStatus.REFERRED, null, null)).id());
            }
        }
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicLong refused = new AtomicLong();
        long[][] passed = new long[COORDINATORS][CANDIDATES];
        ExecutorService pool = Executors.newFixedThreadPool(COORDINATORS);
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < COORDINATORS; k++) {
            int who = k;
            done.add(pool.submit(() -> {
                try (Database app = ServerDatabase.open(address, new char[0], local)) {
                    var candidates = Repositories.of(app, Clock.systemDefaultZone(), "coordinator" + who).candidates();
                    Random random = new Random(who);
                    start.await();
                    for (int s = 0; s < SAVES_EACH && System.nanoTime() < deadline; s++) {
                        int pick = random.nextInt(CANDIDATES);
                        while (true) {
                            Candidate seen = candidates.find(ids.get(pick)).orElseThrow();
                            long t0 = System.nanoTime();
                            try {
                                candidates.save(withMark(seen, who), null, seen);
                                times.add(System.nanoTime() - t0);
                                passed[who][pick]++;
                                break;
                            } catch (ChangedElsewhereException e) {
                                refused.incrementAndGet();
                            }
                        }
                    }
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        long wall = System.nanoTime() - began;
        pool.shutdown();

        int lost = 0;
        try (Database check = ServerDatabase.open(address, new char[0], local)) {
            var candidates = Repositories.of(check, Clock.systemDefaultZone(), "check").candidates();
            for (int c = 0; c < CANDIDATES; c++) {
                String note = candidates.find(ids.get(c)).orElseThrow().note();
                for (int who = 0; who < COORDINATORS; who++) {
                    char own = mark(who);
                    long marks = note == null ? 0 : note.chars().filter(ch -> ch == own).count();
                    lost += Math.abs(marks - passed[who][c]);
                }
            }
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.printf("Shared mode, %d coordinators, %d candidates, PostgreSQL on loopback%n", COORDINATORS, CANDIDATES);
        System.out.printf("  saves passed          %8d   (bound %d, %d s)%n", sorted.size(), COORDINATORS * SAVES_EACH, LIMIT_SECONDS);
        System.out.printf("  saves refused, redone %8d%n", refused.get());
        System.out.printf("  save p50              %8.1f ms%n", ms(sorted, 0.50));
        System.out.printf("  save p99              %8.1f ms%n", ms(sorted, 0.99));
        System.out.printf("  wall                  %8.1f s%n", wall / 1e9);
        System.out.printf("  updates lost/doubled  %8d   (goal 0)%n", lost);
        System.exit(lost == 0 ? 0 : 1);
    }

    private static char mark(int who) {
        return (char) ('A' + who);
    }

    private static Candidate withMark(Candidate c, int who) {
        String note = (c.note() == null ? "" : c.note()) + mark(who);
        return new Candidate(c.id(), c.municipalityId(), c.fullName(), c.contact(), c.birthYear(), c.birthDate(), c.gender(),
                c.navOfficeId(), c.referralDate(), c.referralSource(), c.mainWorkplaceId(), c.programme(), c.status(), note,
                c.informedDate());
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
