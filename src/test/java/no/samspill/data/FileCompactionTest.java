package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file shrinks on close once it has grown past the limit, and reads back the same afterwards. */
class FileCompactionTest {

    @TempDir Path dir;

    @Test
    void aFileThatGrewWithSavesIsRewrittenSmallerOnCloseAndKeepsItsData() throws Exception {
        char[] password = "Fjordvik-Sommer-2026".toCharArray();
        Path file = dir.resolve(Database.FILE_NAME + ".mv.db");
        List<String> before;
        long grown;
        int liveAfterChurn;
        String previous = System.getProperty("samspill.compactAboveBytes");
        try (Database db = Database.open(dir, password.clone())) {
            Repositories repos = Repositories.of(db, TestDatabase.CLOCK, "test");
            Municipality demo = repos.demo().create("Fjordvik (demo)");
            // A year of small saves: each rewrites pages, and H2 appends them.
            for (int round = 0; round < 40; round++) {
                for (CandidateSummary s : repos.candidates().list(demo.id(), CandidateFilter.ALL)) {
                    Candidate c = repos.candidates().find(s.id()).orElseThrow();
                    repos.candidates().save(new Candidate(c.id(), c.municipalityId(), c.fullName(), "tlf. " + round, c.birthYear(),
                            c.birthDate(), c.gender(), c.navOfficeId(), c.referralDate(), c.referralSource(), c.mainWorkplaceId(),
                            c.programme(), c.status(), c.note(), c.informedDate()), null, c);
                }
            }
            before = names(repos, demo);
            grown = Files.size(file);
            try (var c = db.connection(); var st = c.createStatement()) {
                liveAfterChurn = FileCompaction.liveDataPercent(st);
            }
            System.setProperty("samspill.compactAboveBytes", Long.toString(grown / 2));
        } finally {
            if (previous == null) {
                System.clearProperty("samspill.compactAboveBytes");
            } else {
                System.setProperty("samspill.compactAboveBytes", previous);
            }
        }
        long after = Files.size(file);
        assertTrue(after < grown / 2, "compacted from " + grown + " to " + after + " bytes");
        assertTrue(liveAfterChurn < FileCompaction.MIN_FILL_PERCENT, "the grown file was " + liveAfterChurn + " % live data");
        try (Database db = Database.open(dir, password.clone())) {
            Repositories repos = Repositories.of(db, TestDatabase.CLOCK, "test");
            Municipality demo = repos.municipalities().findAll().get(0);
            assertEquals(before, names(repos, demo));
            assertTrue(new AuditVerifier(db.dsl()).verify().intact());
            try (var c = db.connection(); var st = c.createStatement()) {
                int live = FileCompaction.liveDataPercent(st);
                assertTrue(live >= FileCompaction.MIN_FILL_PERCENT, "a freshly rewritten file is " + live
                        + " % live data, so the next close leaves it alone");
            }
        }
    }

    private static List<String> names(Repositories repos, Municipality m) {
        return repos.candidates().list(m.id(), CandidateFilter.ALL).stream().map(s -> s.fullName() + "|"
                + repos.candidates().find(s.id()).orElseThrow().contact()).toList();
    }
}
