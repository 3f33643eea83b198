package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.Municipality;
import no.samspill.domain.Programme;
import no.samspill.domain.ReferralSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.samspill.data.schema.Tables;

/** The data file is AES-encrypted: no name can be read from it, and only the right password opens it. */
class EncryptionTest {

    static final char[] PASSWORD = "Riktig-Hest-Batteri-42".toCharArray();
    static final String NAME = "Sigvaldine Krokstrand";

    @TempDir Path dir;

    private static void fill(Database db) {
        AuditLog audit = new AuditLog(Clock.systemDefaultZone(), "test");
        long mid = new MunicipalityRepository(db.dsl(), audit).create(new Municipality(null, "1234", "Testvik", false)).id();
        new CandidateRepository(db.dsl(), audit, Clock.systemDefaultZone()).save(new Candidate(null, mid, NAME, "sigvaldine@example.no", 2001,
                null, Gender.FEMALE, null, LocalDate.now(), ReferralSource.NAV, null, Programme.RECRUITMENT_THROUGH_INCLUSION,
                CandidateStatus.REFERRED, "Privat merknad", null));
    }

    private String fileText() throws Exception {
        return new String(Files.readAllBytes(dir.resolve("samspill.mv.db")), StandardCharsets.ISO_8859_1);
    }

    @Test
    void theFileHoldsNoReadableNameAndOnlyThePasswordOpensIt() throws Exception {
        try (Database db = Database.open(dir, PASSWORD)) {
            fill(db);
        }
        assertEquals(Database.FileState.ENCRYPTED, Database.state(dir));
        String text = fileText();
        assertFalse(text.contains(NAME) || text.contains("Sigvaldine") || text.contains("sigvaldine@example.no") || text.contains("Privat merknad"),
                "like `strings` on the file: no name, contact or note");
        assertThrows(Database.WrongPasswordException.class, () -> Database.open(dir, "feil-passord-123".toCharArray()));
        try (Database db = Database.open(dir, PASSWORD)) {
            assertEquals(1, db.dsl().fetchCount(Tables.CANDIDATE));
        }
    }

    @Test
    void aPlainFileIsEncryptedInPlaceAndThePasswordCanBeChanged() throws Exception {
        try (Database db = Database.open(dir)) {
            fill(db);
        }
        assertEquals(Database.FileState.PLAIN, Database.state(dir));
        assertTrue(fileText().contains(NAME), "the plain file shows the name, which is why it is encrypted");
        Database.encrypt(dir, null, PASSWORD);
        assertEquals(Database.FileState.ENCRYPTED, Database.state(dir));
        assertFalse(fileText().contains(NAME));
        char[] next = "Nytt-Passord-Som-Er-Langt-7".toCharArray();
        Database.encrypt(dir, PASSWORD, next);
        assertThrows(Database.WrongPasswordException.class, () -> Database.open(dir, PASSWORD));
        try (Database db = Database.open(dir, next)) {
            assertEquals(NAME, db.dsl().select(Tables.CANDIDATE.FULL_NAME).from(Tables.CANDIDATE)
                    .fetchSingle().value1());
        }
    }
}
