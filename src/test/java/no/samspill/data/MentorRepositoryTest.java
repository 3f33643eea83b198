package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.DueItem;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.Mentor;
import no.samspill.domain.MentorAssignment;
import no.samspill.domain.Municipality;
import no.samspill.domain.RefusedException;
import no.samspill.domain.StatusChange;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.samspill.domain.EndReason;

class MentorRepositoryTest {

    @TempDir Path dir;
    TestDatabase db;
    long mid;
    Workplace home;
    Mentor anne;
    Mentor bjorn;
    Candidate kari;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        home = db.workplaces.save(new Workplace(null, mid, "Testvik sykehjem", WorkplaceType.NURSING_HOME, true));
        anne = db.mentors.save(new Mentor(null, mid, "Anne Mentor", home.id(), true));
        bjorn = db.mentors.save(new Mentor(null, mid, "Bjørn Mentor", home.id(), true));
        kari = db.candidate(mid, "Kari Kandidat", home.id(), LocalDate.of(2026, 1, 5));
        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2026, 1, 20), null));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void handingOverEndsTheOldAssignmentAndKeepsBothInTheHistory() {
        db.mentors.handOver(kari.id(), anne.id(), LocalDate.of(2026, 1, 20));
        db.mentors.handOver(kari.id(), bjorn.id(), LocalDate.of(2026, 3, 10));

        List<MentorAssignment> history = db.mentors.assignments(kari.id());
        assertEquals(2, history.size());
        assertEquals("Anne Mentor", history.get(0).mentorName());
        assertEquals(LocalDate.of(2026, 3, 10), history.get(0).end());
        assertEquals("Bjørn Mentor", history.get(1).mentorName());
        assertEquals(LocalDate.of(2026, 3, 10), history.get(1).start());
        assertNull(history.get(1).end());
        assertEquals(List.of("CREATE:candidateId,mentorId,mentorName,start,end", "UPDATE:end",
                "CREATE:candidateId,mentorId,mentorName,start,end"), db.audit("mentor_assignment"));
    }

    @Test
    void aHandoverBeforeTheCurrentStartOrToTheSameMentorIsRefusedAndChangesNothing() {
        db.mentors.handOver(kari.id(), anne.id(), LocalDate.of(2026, 2, 1));

        assertThrows(InvalidRecordException.class, () -> db.mentors.handOver(kari.id(), bjorn.id(), LocalDate.of(2026, 1, 31)));
        assertThrows(InvalidRecordException.class, () -> db.mentors.handOver(kari.id(), anne.id(), LocalDate.of(2026, 3, 1)));
        assertEquals(1, db.mentors.assignments(kari.id()).size());
        assertNull(db.mentors.assignments(kari.id()).get(0).end());
    }

    @Test
    void activeCandidatesWithoutAnOpenAssignmentAreListed() {
        Candidate referred = db.candidate(mid, "Henvist Person", home.id(), LocalDate.of(2026, 2, 1));
        assertEquals(List.of(kari.id()), db.mentors.candidatesWithoutMentor(mid).stream().map(DueItem::candidateId).toList(),
                "a referred candidate does not need a mentor yet");

        db.mentors.handOver(kari.id(), anne.id(), LocalDate.of(2026, 2, 1));
        assertTrue(db.mentors.candidatesWithoutMentor(mid).isEmpty());
        assertEquals(1, db.mentors.list(mid).stream().filter(m -> m.id() == anne.id()).findFirst().orElseThrow().activeCandidates());
        assertTrue(referred.id() > 0);
    }

    @Test
    void endingACandidateClosesTheMentorAssignment() {
        db.mentors.handOver(kari.id(), anne.id(), LocalDate.of(2026, 2, 1));
        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ENDED, LocalDate.of(2026, 5, 31),
                EndReason.ORDINARY_JOB));

        assertEquals(LocalDate.of(2026, 5, 31), db.mentors.assignments(kari.id()).get(0).end());
    }

    @Test
    void aMentorWithHistoryCannotBeDeletedButOneWithoutCan() {
        db.mentors.handOver(kari.id(), anne.id(), LocalDate.of(2026, 2, 1));

        RefusedException refused = assertThrows(RefusedException.class, () -> db.mentors.delete(anne.id()));
        assertEquals("mentors.delete.hasHistory", refused.messageKey());
        db.mentors.delete(bjorn.id());
        assertEquals(List.of("Anne Mentor"), db.mentors.list(mid).stream().map(m -> m.fullName()).toList());
        assertTrue(db.audit("mentor").contains("DELETE:"));
    }

    @Test
    void editingAMentorAuditsOnlyTheChangedFieldNames() {
        db.mentors.save(new Mentor(anne.id(), mid, "Anne Mentor", home.id(), false));

        assertEquals(List.of("CREATE:municipalityId,fullName,workplaceId,active", "CREATE:municipalityId,fullName,workplaceId,active",
                "UPDATE:active"), db.audit("mentor"));
        assertThrows(InvalidRecordException.class, () -> db.mentors.save(new Mentor(null, mid, "  ", null, true)));
    }
}
