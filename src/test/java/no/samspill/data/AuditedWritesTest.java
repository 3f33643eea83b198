package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.Municipality;
import no.samspill.domain.StatusChange;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generic save, read back over plain JDBC rather than through jOOQ, so the converters and the
 * timestamp listener are checked by something that does not use them.
 */
class AuditedWritesTest {

    @TempDir Path dir;
    TestDatabase db;
    long mid;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void anUpdateIsStampedWithTheAppClockAndASaveWithoutChangesWritesNothing() throws SQLException {
        Workplace w = db.workplaces.save(new Workplace(null, mid, "Testvik sykehjem", WorkplaceType.NURSING_HOME, true));
        Instant created = instant("select updated_at from workplace where id = ?", w.id());
        assertNotEquals(TestDatabase.CLOCK.instant(), created, "a new row keeps the database's own time");
        int entries = db.audit("workplace").size();

        db.workplaces.save(w);
        assertEquals(created, instant("select updated_at from workplace where id = ?", w.id()));
        assertEquals(entries, db.audit("workplace").size(), "no audit entry for a save that changed nothing");

        db.workplaces.save(new Workplace(w.id(), mid, "Testvik bo- og omsorgssenter", WorkplaceType.NURSING_HOME, true));
        assertEquals(TestDatabase.CLOCK.instant(), instant("select updated_at from workplace where id = ?", w.id()));
        assertEquals("UPDATE:name", db.audit("workplace").getLast());
    }

    @Test
    void enumsAreStoredByTheirNamesWhichTheCheckListsHold() throws SQLException {
        Candidate c = db.candidate(mid, "Kari Kandidat", null, LocalDate.of(2026, 1, 5));
        db.candidates.save(new Candidate(c.id(), mid, c.fullName(), null, 2000, null, Gender.FEMALE, null, c.referralDate(),
                c.referralSource(), null, c.programme(), c.status(), null, null));
        db.candidates.changeStatus(c.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2026, 2, 1), null));
        assertEquals(List.of("FEMALE", "ACTIVE", "NAV", "RECRUITMENT_THROUGH_INCLUSION"),
                strings("select gender, status, referral_source, programme from candidate where id = ?", c.id()));
        assertEquals(TestDatabase.CLOCK.instant(), instant("select updated_at from candidate where id = ?", c.id()));
    }

    @Test
    void aRowDeletedMeanwhileIsNotRecreatedBySaving() {
        Workplace w = db.workplaces.save(new Workplace(null, mid, "Testvik sykehjem", WorkplaceType.NURSING_HOME, true));
        db.workplaces.delete(w.id());
        assertThrows(RecordNotFoundException.class,
                () -> db.workplaces.save(new Workplace(w.id(), mid, "Nytt navn", WorkplaceType.HOME_CARE, true)));
        assertEquals(List.of("CREATE:municipalityId,name,type,active", "DELETE:"), db.audit("workplace"));
    }

    private Instant instant(String sql, long id) throws SQLException {
        try (Connection c = db.database.dsl().configuration().connectionProvider().acquire();
             PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private List<String> strings(String sql, long id) throws SQLException {
        try (Connection c = db.database.dsl().configuration().connectionProvider().acquire();
             PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                int n = rs.getMetaData().getColumnCount();
                String[] values = new String[n];
                for (int i = 0; i < n; i++) {
                    values[i] = rs.getString(i + 1);
                }
                return List.of(values);
            }
        }
    }
}
