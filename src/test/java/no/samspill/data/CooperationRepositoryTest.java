package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.CooperationAgreement;
import no.samspill.domain.CooperationKind;
import no.samspill.domain.CooperationMeeting;
import no.samspill.domain.CooperationPartner;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.Municipality;
import no.samspill.evaluation.ProgrammeFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cooperation log and agreement: stored, checked, audited, and read into the evaluation's facts without the notes. */
class CooperationRepositoryTest {

    @TempDir Path dir;
    TestDatabase db;
    long mid;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "9998", "Prøvevik", false)).id();
    }

    @AfterEach
    void close() {
        db.database.close();
    }

    @Test
    void theLogIsKeptCheckedAuditedAndReadAsFacts() {
        CooperationRepository repo = db.repositories.cooperation();
        LocalDate d = TestDatabase.TODAY.minusDays(20);
        CooperationMeeting saved = repo.meetings().save(new CooperationMeeting(null, mid, d, CooperationPartner.FYLKESKOMMUNE,
                CooperationKind.MEETING, "  Fagbrev på jobb ", "", d.plusDays(20), false));
        assertEquals("Fagbrev på jobb", saved.topic());
        assertEquals(null, saved.outcome(), "an empty outcome is stored as none");
        InvalidRecordException bad = assertThrows(InvalidRecordException.class, () -> repo.meetings().save(
                new CooperationMeeting(null, mid, d, CooperationPartner.NAV, CooperationKind.MEETING, "Tema", null, d.minusDays(1), false)));
        assertEquals(List.of("followUp"), bad.violations().stream().map(v -> v.field()).toList());
        assertThrows(InvalidRecordException.class, () -> repo.agreements().save(
                new CooperationAgreement(null, mid, "Nav og kommunen", d, d.minusDays(1))));
        repo.agreements().save(new CooperationAgreement(null, mid, "Nav og kommunen", d, null));
        assertEquals(List.of("Fagbrev på jobb"), repo.followUpsDue(mid, TestDatabase.TODAY).stream().map(CooperationMeeting::topic).toList());
        repo.meetings().save(new CooperationMeeting(saved.id(), mid, d, saved.partner(), saved.kind(), saved.topic(), "Avklart", saved.followUp(), true));
        assertEquals(List.of(), repo.followUpsDue(mid, TestDatabase.TODAY), "done is done");
        assertEquals(List.of(new ProgrammeFacts.MeetingFact(d, CooperationPartner.FYLKESKOMMUNE, CooperationKind.MEETING)),
                db.repositories.evaluation().facts(mid).meetings());
        assertEquals(3, db.repositories.auditEntries().search(TestDatabase.TODAY.minusDays(1), TestDatabase.TODAY.plusDays(1), null, null, 100,
                java.time.ZoneId.of("Europe/Oslo")).stream().filter(e -> e.entity().startsWith("cooperation_")).count(),
                "two saves of the meeting and one agreement");
    }
}
