package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.DueItem;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.EndReason;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Municipality;
import no.samspill.domain.Qualification;
import no.samspill.domain.QualificationKind;
import no.samspill.domain.RefusedException;
import no.samspill.domain.RepresentativeLevel;
import no.samspill.domain.StatusChange;
import no.samspill.domain.StepStatus;
import no.samspill.domain.TrainingPath;
import no.samspill.domain.TrainingStep;
import no.samspill.domain.TrainingTemplate;
import no.samspill.domain.UnionRepresentative;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Status changes, training, jobs, follow-ups, involvement and workplaces against a migrated H2 file. */
class ProgrammeRecordsTest {

    @TempDir Path dir;
    TestDatabase db;
    long mid;
    Workplace home;
    Workplace homeCare;
    Candidate kari;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        home = db.workplaces.save(new Workplace(null, mid, "Testvik sykehjem", WorkplaceType.NURSING_HOME, true));
        homeCare = db.workplaces.save(new Workplace(null, mid, "Hjemmetjenesten", WorkplaceType.HOME_CARE, true));
        kari = db.candidate(mid, "Kari Kandidat", home.id(), LocalDate.of(2025, 1, 6));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void endingPlansFollowUpsAndComingBackRemovesTheUnrecordedOnes() {
        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2025, 2, 1), null));
        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ENDED, LocalDate.of(2025, 8, 31), EndReason.NOT_CLARIFIED));

        List<FollowUp> planned = db.employment.followUps(kari.id());
        assertEquals(List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 8, 31)), planned.stream().map(FollowUp::due).toList());
        assertEquals(CandidateStatus.ENDED, db.candidates.find(kari.id()).orElseThrow().status());
        assertEquals(List.of(CandidateStatus.REFERRED, CandidateStatus.ACTIVE, CandidateStatus.ENDED),
                db.candidates.history(kari.id()).stream().map(StatusChange::status).toList());

        db.employment.record(planned.get(0).id(), LocalDate.of(2026, 3, 2), FollowUpOutcome.EDUCATION);
        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2026, 4, 1), null));
        List<FollowUp> left = db.employment.followUps(kari.id());
        assertEquals(1, left.size(), "the recorded follow-up stays, the one not yet due goes");
        assertEquals(FollowUpOutcome.EDUCATION, left.get(0).outcome());
    }

    @Test
    void aStatusChangeAgainstTheLifecycleIsRefusedAndNothingIsWritten() {
        assertThrows(InvalidRecordException.class, () -> db.candidates.changeStatus(kari.id(),
                new StatusChange(CandidateStatus.IN_JOB, LocalDate.of(2025, 2, 1), null)));
        assertThrows(InvalidRecordException.class, () -> db.candidates.changeStatus(kari.id(),
                new StatusChange(CandidateStatus.ENDED, LocalDate.of(2025, 2, 1), null)));
        assertThrows(InvalidRecordException.class, () -> db.candidates.changeStatus(kari.id(),
                new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2024, 12, 1), null)));
        assertEquals(1, db.candidates.history(kari.id()).size());
        assertEquals(CandidateStatus.REFERRED, db.candidates.find(kari.id()).orElseThrow().status());
        assertTrue(db.employment.followUps(kari.id()).isEmpty());
    }

    @Test
    void savingTheFormNeverMovesTheStatus() {
        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2025, 2, 1), null));
        db.candidates.save(kari.withId(kari.id()));
        assertEquals(CandidateStatus.ACTIVE, db.candidates.find(kari.id()).orElseThrow().status(),
                "a form loaded before the status change must not put the old status back");
    }

    @Test
    void aPathFromATemplateGetsItsStepsWithDueDatesAndTheyCanBeEdited() {
        TrainingPath path = db.training.createPath(kari.id(), TrainingTemplate.FAGBREV_PA_JOBB, "Fagbrev på jobb",
                LocalDate.of(2026, 1, 31), kind -> kind.name());
        List<TrainingStep> steps = db.training.steps(path.id());
        assertEquals(List.of("PRIOR_LEARNING_ASSESSMENT", "PRACTICE", "THEORY", "TRADE_TEST"), steps.stream().map(TrainingStep::title).toList());
        assertEquals(List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2027, 1, 31), LocalDate.of(2027, 7, 31), LocalDate.of(2028, 1, 31)),
                steps.stream().map(TrainingStep::planned).toList());

        TrainingStep first = steps.get(0);
        db.training.save(new TrainingStep(first.id(), path.id(), first.position(), first.title(), LocalDate.of(2026, 3, 15),
                LocalDate.of(2026, 3, 14), StepStatus.DONE));
        assertEquals(LocalDate.of(2026, 3, 15), db.training.steps(path.id()).get(0).planned());
        assertTrue(db.audit("training_step").contains("UPDATE:planned,done,status"));
        assertThrows(InvalidRecordException.class, () -> db.training.save(new TrainingStep(first.id(), path.id(), 1, "x",
                null, null, StepStatus.DONE)), "done needs a done date");

        TrainingStep extra = db.training.save(new TrainingStep(null, path.id(), 0, "Ekstra kurs", null, null, StepStatus.PLANNED));
        assertEquals(5, extra.position(), "a new step goes to the end of the path");
    }

    @Test
    void openStepsAreListedByDueDateAndEndedCandidatesLeaveTheList() {
        TrainingPath path = db.training.createPath(kari.id(), TrainingTemplate.PRAKSISKANDIDAT, "Praksis", LocalDate.of(2026, 1, 1),
                kind -> kind.name());
        List<DueItem> until = db.training.openStepsUntil(mid, TestDatabase.TODAY.plusDays(14));
        assertEquals(List.of("RELEVANT_WORK"), until.stream().map(DueItem::what).toList());
        assertEquals(3, db.training.openSteps(mid).size());

        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ENDED, LocalDate.of(2026, 6, 1), EndReason.MOVED));
        assertTrue(db.training.openSteps(mid).isEmpty());
        assertTrue(path.id() > 0);
    }

    @Test
    void qualificationsAndSpellsAreStoredAndValidated() {
        db.training.add(new Qualification(null, kari.id(), null, QualificationKind.TRADE_CERTIFICATE, LocalDate.of(2026, 6, 1)));
        assertThrows(InvalidRecordException.class, () -> db.training.add(
                new Qualification(null, kari.id(), null, QualificationKind.TRADE_CERTIFICATE, TestDatabase.TODAY.plusDays(1))));
        assertEquals(1, db.training.qualifications(kari.id()).size());
        assertEquals(1, db.overview.yearFigures(mid, 2026).tradeCertificates());

        db.employment.save(new EmploymentSpell(null, kari.id(), home.id(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31), 60,
                false, EmploymentKind.ORDINARY));
        assertThrows(InvalidRecordException.class, () -> db.employment.save(new EmploymentSpell(null, kari.id(), home.id(),
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 1), 100, true, EmploymentKind.ORDINARY)));
        assertThrows(InvalidRecordException.class, () -> db.employment.save(new EmploymentSpell(null, kari.id(), home.id(),
                LocalDate.of(2025, 9, 1), null, 120, true, EmploymentKind.ORDINARY)));
        assertEquals(List.of(60), db.employment.spells(kari.id()).stream().map(EmploymentSpell::jobPercentage).toList());
    }

    @Test
    void involvementEventsKeepTheirLinksAndCoverageCountsWorkplacesWithCandidates() {
        long union = db.representatives.unions().get(0).id();
        UnionRepresentative tor = db.representatives.save(new UnionRepresentative(null, mid, union, null, "Tor Tillitsvalgt",
                RepresentativeLevel.MAIN, true));
        InvolvementEvent event = db.involvement.save(new InvolvementEvent(null, mid, LocalDate.of(2026, 3, 1),
                InvolvementType.DISCUSSION, InvolvementLevel.WORKPLACE, "Deltid", "Enighet", Set.of(home.id()), Set.of(tor.id())));

        InvolvementEvent stored = db.involvement.list(mid, 2026).get(0);
        assertEquals(Set.of(home.id()), stored.workplaceIds());
        assertEquals(Set.of(tor.id()), stored.representativeIds());
        assertTrue(db.involvement.list(mid, 2025).isEmpty());
        assertEquals(List.of("Testvik sykehjem:1"), db.involvement.coverage(mid, 2026).stream()
                .map(c -> c.workplaceName() + ":" + c.events()).toList(), "only workplaces with candidates are listed");

        assertThrows(InvalidRecordException.class, () -> db.involvement.save(new InvolvementEvent(null, mid, LocalDate.of(2026, 3, 1),
                InvolvementType.DISCUSSION, InvolvementLevel.WORKPLACE, "Uten sted", null, Set.of(), Set.of())));

        assertEquals(List.of("Testvik sykehjem:0"), db.involvement.coverage(mid, 2025).stream()
                .map(c -> c.workplaceName() + ":" + c.events()).toList());
        long other = db.municipalities.create(new Municipality(null, "5678", "Andrevik", false)).id();
        db.involvement.save(new InvolvementEvent(null, other, LocalDate.of(2025, 5, 1), InvolvementType.INFORMATION,
                InvolvementLevel.MUNICIPALITY, "Et annet sted", null, Set.of(), Set.of()));
        assertEquals(List.of("Testvik sykehjem:0"), db.involvement.coverage(mid, 2025).stream()
                .map(c -> c.workplaceName() + ":" + c.events()).toList(), "another municipality's meeting covers nothing here");
        db.involvement.save(new InvolvementEvent(null, mid, LocalDate.of(2025, 5, 1), InvolvementType.INFORMATION,
                InvolvementLevel.MUNICIPALITY, "Informasjonsmøte", null, Set.of(), Set.of()));
        assertEquals(List.of("Testvik sykehjem:1"), db.involvement.coverage(mid, 2025).stream()
                .map(c -> c.workplaceName() + ":" + c.events()).toList(), "a meeting for the whole municipality covers every workplace");
        db.representatives.delete(tor.id());
        assertEquals(Set.of(), db.involvement.list(mid, 2026).get(0).representativeIds(), "the event stays without the person");
        assertTrue(event.id() > 0);
    }

    @Test
    void aWorkplaceInUseIsKeptAndAnUnusedOneIsDeleted() {
        RefusedException refused = assertThrows(RefusedException.class, () -> db.workplaces.delete(home.id()));
        assertEquals("workplaces.delete.inUse", refused.messageKey());
        db.workplaces.delete(homeCare.id());
        assertEquals(List.of("Testvik sykehjem"), db.workplaces.workplaces(mid).stream().map(Workplace::name).toList());
        assertEquals(List.of("CREATE:municipalityId,name,type,active", "CREATE:municipalityId,name,type,active", "DELETE:"),
                db.audit("workplace"));
    }
}
