package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Municipality;
import no.samspill.ui.common.ErrorMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The laptop's copy of the server's data: whole, encrypted under the server password, and opened
 * read-only, where every write is refused in words and the copy stays as it was.
 */
class ServerSnapshotTest {

    @TempDir Path server;
    @TempDir Path laptop;
    private final char[] password = "Server-Passord-2026".toCharArray();

    @Test
    void theCopyOpensReadOnlyWithTheServersDataAndRefusesEveryWrite() {
        List<String> names;
        Municipality demo;
        try (TestDatabase shared = new TestDatabase(server)) {
            demo = shared.demo.create("Fjordvik (demo)");
            names = names(shared.candidates, demo);
            ServerSnapshot.write(shared.database, laptop, password.clone());
        }
        assertTrue(ServerSnapshot.madeAt(laptop).isPresent());
        assertThrows(Database.WrongPasswordException.class, () -> ServerSnapshot.openReadOnly(laptop, "Feil-Passord-2026".toCharArray()));
        try (Database copy = ServerSnapshot.openReadOnly(laptop, password.clone())) {
            Repositories repos = Repositories.of(copy, TestDatabase.CLOCK, "test");
            assertEquals(names, names(repos.candidates(), demo));
            var first = repos.candidates().find(repos.candidates().list(demo.id(), CandidateFilter.ALL).get(0).id()).orElseThrow();
            var changed = new no.samspill.domain.Candidate(first.id(), first.municipalityId(), first.fullName(), first.contact(),
                    first.birthYear(), first.birthDate(), first.gender(), first.navOfficeId(), first.referralDate(), first.referralSource(),
                    first.mainWorkplaceId(), first.programme(), first.status(), "Endret uten nett", first.informedDate());
            RuntimeException refused = assertThrows(RuntimeException.class, () -> repos.candidates().save(changed, null, first));
            assertEquals("snapshot.readOnly", ErrorMessages.keyFor(refused));
            assertEquals(first, repos.candidates().find(first.id()).orElseThrow(), "nothing was written");
        }
        try (Database again = ServerSnapshot.openReadOnly(laptop, password.clone())) {
            assertTrue(new AuditVerifier(again.dsl()).verify().intact());
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSo() {
        ServerAddress nobody = new ServerAddress("127.0.0.1", 1, "samspill", "coordinator", true);
        ServerDatabase.UnreachableException e = assertThrows(ServerDatabase.UnreachableException.class,
                () -> ServerDatabase.open(nobody, new char[0], laptop));
        assertEquals("server.unreachable", ErrorMessages.keyFor(e));
    }

    private static List<String> names(CandidateRepository candidates, Municipality m) {
        return candidates.list(m.id(), CandidateFilter.ALL).stream().map(CandidateSummary::fullName).toList();
    }
}
