package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.domain.Candidate;
import no.samspill.domain.Municipality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coordinators on the same data, each through a connection pool of their own (two app instances
 * on one server, or two windows on one file): whoever saves second over a record the first changed is
 * refused, and nothing of the first save is lost. Runs on H2 and, in the PostgreSQL run, on the server.
 */
class ConcurrentEditTest {

    @TempDir Path dir;
    private TestDatabase first;
    private TestDatabase second;
    private long municipalityId;

    @BeforeEach
    void twoInstances() {
        first = new TestDatabase(dir);
        municipalityId = first.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        second = new TestDatabase(dir);
    }

    @AfterEach
    void close() {
        second.database.close();
        first.database.close();
    }

    @Test
    void theSecondSaveOverAChangedRecordIsRefusedAndTheFirstIsKept() {
        Candidate opened = first.candidate(municipalityId, "Ada Demoli", null, TestDatabase.TODAY);
        Candidate seenBySecond = second.candidates.find(opened.id()).orElseThrow();
        assertEquals(opened, seenBySecond, "both coordinators opened the same record");

        first.candidates.save(with(opened, "tlf. 400 00 000", null), null, opened);
        ChangedElsewhereException refused = assertThrows(ChangedElsewhereException.class,
                () -> second.candidates.save(with(seenBySecond, null, "Møte avtalt"), null, seenBySecond));
        assertEquals("common.changedElsewhere", refused.messageKey());

        Candidate stored = second.candidates.find(opened.id()).orElseThrow();
        assertEquals("tlf. 400 00 000", stored.contact(), "the first save is kept");
        assertEquals(null, stored.note(), "the refused save wrote nothing");
        List<String> audit = first.audit("candidate");
        assertEquals(2, audit.size(), "created, then changed once: " + audit);
        assertEquals("UPDATE:contact", audit.get(1));
    }

    /** Saves at the same moment over the same record: the row lock lets exactly one through each time. */
    @Test
    void ofTwoSavesAtTheSameMomentExactlyOnePasses() throws Exception {
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                Candidate seen = first.candidate(municipalityId, "Kandidat " + round, null, TestDatabase.TODAY);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (TestDatabase instance : List.of(first, second)) {
                    String note = instance == first ? "fra første" : "fra andre";
                    Callable<Boolean> save = () -> {
                        start.await();
                        try {
                            instance.candidates.save(with(seen, null, note), null, seen);
                            return true;
                        } catch (ChangedElsewhereException e) {
                            return false;
                        }
                    };
                    outcomes.add(both.submit(save));
                }
                start.countDown();
                int passed = 0;
                for (Future<Boolean> outcome : outcomes) {
                    passed += outcome.get() ? 1 : 0;
                }
                assertEquals(1, passed, "round " + round + ": exactly one save passes");
                String kept = first.candidates.find(seen.id()).orElseThrow().note();
                assertEquals(passed == 1 && (kept.equals("fra første") || kept.equals("fra andre")), true, "round " + round + ": the note is the one save's");
                assertEquals(round + 1, first.audit("candidate").stream().filter(a -> a.equals("UPDATE:note")).count(),
                        "round " + round + ": one update is recorded");
            }
        } finally {
            both.shutdownNow();
        }
    }

    /**
     * Saves of different records at the same time from both instances: every one passes, and the
     * audit log stays one unbroken chain (each entry names the one before it).
     */
    @Test
    void savesAtTheSameTimeKeepTheAuditChainWhole() throws Exception {
        int perThread = 15;
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                TestDatabase instance = t % 2 == 0 ? first : second;
                int thread = t;
                done.add(four.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        instance.candidate(municipalityId, "Kandidat " + thread + "-" + i, null, TestDatabase.TODAY);
                    }
                    return perThread;
                }));
            }
            start.countDown();
            int saved = 0;
            for (Future<Integer> d : done) {
                saved += d.get();
            }
            AuditVerifier.Result chain = new AuditVerifier(first.database.dsl()).verify();
            assertTrue(chain.intact(), "the chain breaks at entry " + chain.brokenAt() + " after " + chain.checked());
            assertEquals(saved, first.audit("candidate").size());
        } finally {
            four.shutdownNow();
        }
    }

    private static Candidate with(Candidate c, String contact, String note) {
        return new Candidate(c.id(), c.municipalityId(), c.fullName(), contact != null ? contact : c.contact(), c.birthYear(),
                c.birthDate(), c.gender(), c.navOfficeId(), c.referralDate(), c.referralSource(), c.mainWorkplaceId(),
                c.programme(), c.status(), note != null ? note : c.note(), c.informedDate());
    }
}
