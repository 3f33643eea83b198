package no.samspill.data;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.domain.Municipality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit entries form a hash chain; changing a row behind the app's back is found. */
class AuditChainTest {

    @TempDir Path dir;
    TestDatabase db;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        long mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        for (String name : List.of("Anna", "Bo", "Cato")) {
            db.candidate(mid, name + " Kjede", null, LocalDate.of(2026, 1, 5));
        }
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void anUntouchedLogVerifiesAndSurvivesAReopen() {
        AuditVerifier.Result result = new AuditVerifier(db.database.dsl()).verify();
        assertTrue(result.intact());
        assertEquals(4, result.checked());
        db.database.close();
        db = new TestDatabase(dir);
        assertTrue(new AuditVerifier(db.database.dsl()).verify().intact(), "the hash is computed from what the column keeps");
    }

    @Test
    void changingARowIsFoundAtThatRow() {
        long second = db.database.dsl().select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID).offset(1).limit(1).fetchSingle(AUDIT_ENTRY.ID);
        db.database.dsl().update(AUDIT_ENTRY).set(AUDIT_ENTRY.OS_USER, "someone-else").where(AUDIT_ENTRY.ID.eq(second)).execute();
        AuditVerifier.Result result = new AuditVerifier(db.database.dsl()).verify();
        assertFalse(result.intact());
        assertEquals(Optional.of(second), result.brokenAt());
        assertEquals(1, result.checked());
    }

    @Test
    void deletingARowBreaksTheChainAfterIt() {
        List<Long> ids = db.database.dsl().select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID).fetch(AUDIT_ENTRY.ID);
        db.database.dsl().deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(ids.get(1))).execute();
        assertEquals(Optional.of(ids.get(2)), new AuditVerifier(db.database.dsl()).verify().brokenAt());
    }
}
