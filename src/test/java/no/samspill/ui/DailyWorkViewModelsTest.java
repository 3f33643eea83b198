package no.samspill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.DueItem;
import no.samspill.domain.ReportDeadline;
import no.samspill.domain.CooperationKind;
import no.samspill.domain.CooperationMeeting;
import no.samspill.domain.CooperationPartner;
import no.samspill.domain.EndReason;
import no.samspill.domain.Mentor;
import no.samspill.domain.MentorSummary;
import no.samspill.domain.Municipality;
import no.samspill.domain.RefusedException;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TrainingTemplate;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import no.samspill.ui.candidates.CandidateEmploymentViewModel;
import no.samspill.ui.candidates.SpellForm;
import no.samspill.ui.candidates.HandoverForm;
import no.samspill.ui.candidates.CandidateProgressViewModel;
import no.samspill.ui.candidates.CandidateTrainingViewModel;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.mentors.MentorsViewModel;
import no.samspill.ui.overview.OverviewViewModel;
import no.samspill.ui.workplaces.WorkplacesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Optional;

/** The daily-work ViewModels against a real database, with work run synchronously. */
class DailyWorkViewModelsTest {

    @TempDir Path dir;
    TestDatabase db;
    long mid;
    Workplace home;
    Candidate kari;
    final List<Throwable> errors = new ArrayList<>();
    final TaskRunner tasks = TaskRunner.synchronous();

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        home = db.workplaces.save(new Workplace(null, mid, "Testvik sykehjem", WorkplaceType.NURSING_HOME, true));
        kari = db.candidate(mid, "Kari Kandidat", home.id(), LocalDate.of(2026, 1, 5));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void progressOffersOnlyTheAllowedNextStatusesAndStoresAChange() {
        CandidateProgressViewModel progress = new CandidateProgressViewModel(db.candidates, db.mentors, new ViewModelContext(tasks, TestDatabase.CLOCK, mid, errors::add));
        int[] changed = {0};
        progress.setOnChanged(() -> changed[0]++);
        progress.load(kari.id());
        assertEquals(List.of(CandidateStatus.ACTIVE, CandidateStatus.ENDED), progress.nextStatuses());
        assertEquals(Optional.of("lifecycle.reasonRequired"),
                progress.checkStatusChange(new StatusChange(CandidateStatus.ENDED, TestDatabase.TODAY, null)));

        progress.changeStatus(new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2026, 2, 1), null));

        assertEquals(2, progress.history().size());
        assertEquals(1, changed[0]);
        assertEquals(List.of(CandidateStatus.IN_QUALIFICATION, CandidateStatus.IN_JOB, CandidateStatus.ENDED), progress.nextStatuses());
        assertTrue(errors.isEmpty());
    }

    @Test
    void assigningAndHandingOverShowsBothMentorsAndUpdatesTheMentorScreen() {
        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2026, 2, 1), null));
        Mentor anne = db.mentors.save(new Mentor(null, mid, "Anne", home.id(), true));
        Mentor bjorn = db.mentors.save(new Mentor(null, mid, "Bjørn", home.id(), true));
        MentorsViewModel mentors = new MentorsViewModel(db.mentors, db.lookups, new ViewModelContext(tasks, TestDatabase.CLOCK, mid, errors::add));
        mentors.refresh();
        assertEquals(List.of("Kari Kandidat"), mentors.withoutMentor().stream().map(DueItem::candidateName).toList());

        CandidateProgressViewModel progress = new CandidateProgressViewModel(db.candidates, db.mentors, new ViewModelContext(tasks, TestDatabase.CLOCK, mid, errors::add));
        Workplace elsewhere = db.workplaces.save(new Workplace(null, mid, "Testvik hjemmetjeneste", WorkplaceType.HOME_CARE, true));
        db.mentors.save(new Mentor(null, mid, "Cecilie", elsewhere.id(), true));
        progress.load(kari.id());
        HandoverForm first = progress.handover();
        assertEquals(List.of("Anne", "Bjørn"), first.choices().stream().map(MentorSummary::fullName).toList(),
                "the choice starts at the candidate's workplace");
        first.onlyWorkplace.set(false);
        assertEquals(3, first.choices().size());
        first.mentor.set(first.choices().stream().filter(m -> m.id() == anne.id()).findFirst().orElseThrow());
        first.date.set(LocalDate.of(2026, 2, 1));
        progress.save(first);

        HandoverForm second = progress.handover();
        assertEquals(List.of("Bjørn"), second.choices().stream().map(MentorSummary::fullName).toList(),
                "the mentor the candidate has now is not offered");
        second.mentor.set(second.choices().get(0));
        second.date.set(LocalDate.of(2026, 3, 1));
        assertTrue(second.form.valid());
        progress.save(second);

        assertEquals(List.of("Anne", "Bjørn"), progress.assignments().stream().map(a -> a.mentorName()).toList());
        assertEquals("Bjørn", progress.currentMentor().orElseThrow().mentorName());
        mentors.refresh();
        assertTrue(mentors.withoutMentor().isEmpty());
        assertTrue(errors.isEmpty());
    }

    @Test
    void aRefusedDeleteReachesTheErrorHandlerAndTheListStays() {
        db.mentors.save(new Mentor(null, mid, "Anne", home.id(), true));
        WorkplacesViewModel workplaces = new WorkplacesViewModel(db.workplaces, new ViewModelContext(tasks, TestDatabase.CLOCK, mid, errors::add));
        workplaces.refresh();
        workplaces.deleteWorkplace(home.id());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0) instanceof RefusedException);
        assertEquals(1, workplaces.workplaces().size());
    }

    @Test
    void trainingFollowsTheSelectedPathAndJobsFeedThePraksiskandidatHours() {
        CandidateTrainingViewModel training = new CandidateTrainingViewModel(db.training, db.employment, new ViewModelContext(tasks, TestDatabase.CLOCK, ViewModelContext.NO_MUNICIPALITY, errors::add));
        CandidateEmploymentViewModel employment = new CandidateEmploymentViewModel(db.employment, db.candidates, db.lookups, new ViewModelContext(tasks, TestDatabase.CLOCK, mid, errors::add));
        employment.setOnChanged(() -> training.load(kari.id()));
        training.load(kari.id());
        employment.load(kari.id());
        assertEquals(0, training.praksisProperty().get().hoursAccrued());

        training.createPath(TrainingTemplate.PRAKSISKANDIDAT, "Praksis", LocalDate.of(2026, 1, 1), Enum::name);
        assertEquals("Praksis", training.selectedPathProperty().get().title());
        assertEquals(3, training.steps().size());

        SpellForm job = employment.newSpell();
        job.start.set(LocalDate.of(2025, 1, 1));
        job.permanent.set(true);
        job.moveToJob.set(false);
        employment.save(job);
        assertTrue(training.praksisProperty().get().hoursAccrued() > 2_500, "1.5 years full time is about 2,600 hours");
        assertTrue(errors.isEmpty());
    }

    @Test
    void recordingAJobOffersTheMoveToInJobAndStoresBothOrNeither() {
        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2026, 2, 1), null));
        CandidateEmploymentViewModel employment = new CandidateEmploymentViewModel(db.employment, db.candidates, db.lookups,
                new ViewModelContext(tasks, TestDatabase.CLOCK, mid, errors::add));
        int[] changed = {0};
        employment.setOnChanged(() -> changed[0]++);
        employment.load(kari.id());

        SpellForm refused = employment.newSpell();
        assertEquals(home.id(), refused.workplace.value().id(), "a new job starts at the candidate's own workplace");
        assertTrue(refused.offersStatus());
        assertTrue(refused.moveToJob.value(), "the move is offered ticked");
        refused.start.set(LocalDate.of(2026, 1, 10));
        assertEquals(Optional.of("lifecycle.beforePrevious"), Optional.ofNullable(refused.statusDate.messageProperty().get()),
                "the status date follows the start and is checked against the history");
        employment.save(refused);
        assertEquals(1, errors.size(), "the repository refuses the status change");
        assertTrue(db.employment.spells(kari.id()).isEmpty(), "and the job is not stored without it");
        errors.clear();

        SpellForm job = employment.newSpell();
        job.start.set(TestDatabase.TODAY.plusDays(14));
        assertEquals(TestDatabase.TODAY, job.statusDate.value(), "a status is not set ahead of time");
        job.permanent.set(true);
        assertTrue(job.form.valid());
        employment.save(job);

        assertEquals(1, db.employment.spells(kari.id()).size());
        assertEquals(CandidateStatus.IN_JOB, db.candidates.find(kari.id()).orElseThrow().status());
        StatusChange last = db.candidates.history(kari.id()).getLast();
        assertEquals(new StatusChange(CandidateStatus.IN_JOB, TestDatabase.TODAY, null), last);
        assertEquals(1, changed[0], "the other tabs are told");
        assertFalse(employment.newSpell().offersStatus(), "nothing to offer once the candidate is in a job");
        assertTrue(errors.isEmpty());
    }

    @Test
    void theOverviewSplitsOverdueFromDueSoonAndListsFollowUps() {
        db.training.createPath(kari.id(), TrainingTemplate.FAGBREV_PA_JOBB, "Fagbrev", TestDatabase.TODAY.minusMonths(1).minusDays(3), Enum::name);
        Candidate ola = db.candidate(mid, "Ola Avsluttet", home.id(), LocalDate.of(2025, 1, 5));
        db.candidates.changeStatus(ola.id(), new StatusChange(CandidateStatus.ENDED, TestDatabase.TODAY.minusMonths(6).plusDays(3), EndReason.MOVED));
        var deadlines = db.repositories.reporting().deadlines();
        deadlines.save(new ReportDeadline(null, mid, "Soon", TestDatabase.TODAY.plusDays(30), 30, false));
        deadlines.save(new ReportDeadline(null, mid, "Later", TestDatabase.TODAY.plusDays(31), 30, false));
        deadlines.save(new ReportDeadline(null, mid, "Missed", TestDatabase.TODAY.minusDays(2), 30, false));
        deadlines.save(new ReportDeadline(null, mid, "Delivered", TestDatabase.TODAY.plusDays(3), 30, true));
        var log = db.repositories.cooperation().meetings();
        LocalDate t = TestDatabase.TODAY;
        log.save(new CooperationMeeting(null, mid, t.minusDays(40), CooperationPartner.NAV, CooperationKind.MEETING, "Due", null, t, false));
        log.save(new CooperationMeeting(null, mid, t.minusDays(40), CooperationPartner.NAV, CooperationKind.MEETING, "Tomorrow", null,
                t.plusDays(1), false));
        log.save(new CooperationMeeting(null, mid, t.minusDays(40), CooperationPartner.FYLKESKOMMUNE, CooperationKind.DECISION, "Done", null,
                t.minusDays(5), true));
        log.save(new CooperationMeeting(null, mid, t.minusDays(40), CooperationPartner.NAV, CooperationKind.MEETING, "None", "ok", null, false));
        OverviewViewModel overview = new OverviewViewModel(db.candidates, db.training, db.employment, db.mentors, db.overview,
                db.repositories.reporting(), db.repositories.cooperation(), new ViewModelContext(tasks, TestDatabase.CLOCK, mid, errors::add));
        overview.refresh();

        assertEquals(List.of("PRIOR_LEARNING_ASSESSMENT"), overview.overdue().stream().map(DueItem::what).toList());
        assertTrue(overview.dueSoon().isEmpty());
        assertEquals(List.of("Ola Avsluttet"), overview.followUps().stream().map(DueItem::candidateName).toList());
        assertEquals(1, overview.countsProperty().get().get(CandidateStatus.ENDED));
        assertEquals(1, overview.figuresProperty().get().referred(), "Kari was referred this year, Ola last year");
        assertEquals(0, overview.figuresProperty().get().ended(), "Ola ended last December");
        assertEquals(List.of("Missed", "Soon"), overview.deadlines().stream().map(ReportDeadline::title).toList(),
                "a deadline shows from its reminder day until it is delivered, the earliest first");
        assertEquals(List.of("Due"), overview.cooperationFollowUps().stream().map(CooperationMeeting::topic).toList(),
                "a cooperation follow-up shows from its date until it is marked done");
        assertTrue(errors.isEmpty());
    }
}
