package no.samspill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import no.samspill.domain.EndReason;
import no.samspill.domain.Mentor;
import no.samspill.domain.Municipality;
import no.samspill.domain.RefusedException;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TrainingTemplate;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import no.samspill.ui.candidates.CandidateEmploymentViewModel;
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
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;

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
        progress.load(kari.id());
        progress.handOver(progress.activeMentors().stream().filter(r -> r.id() == anne.id()).findFirst().orElseThrow(), LocalDate.of(2026, 2, 1));
        progress.handOver(progress.activeMentors().stream().filter(r -> r.id() == bjorn.id()).findFirst().orElseThrow(), LocalDate.of(2026, 3, 1));

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
        CandidateEmploymentViewModel employment = new CandidateEmploymentViewModel(db.employment, db.lookups, new ViewModelContext(tasks, TestDatabase.CLOCK, mid, errors::add));
        employment.setOnChanged(() -> training.load(kari.id()));
        training.load(kari.id());
        employment.load(kari.id());
        assertEquals(0, training.praksisProperty().get().hoursAccrued());

        training.createPath(TrainingTemplate.PRAKSISKANDIDAT, "Praksis", LocalDate.of(2026, 1, 1), Enum::name);
        assertEquals("Praksis", training.selectedPathProperty().get().title());
        assertEquals(3, training.steps().size());

        employment.save(new EmploymentSpell(null, kari.id(), home.id(), LocalDate.of(2025, 1, 1), null, 100, true,
                EmploymentKind.ORDINARY));
        assertTrue(training.praksisProperty().get().hoursAccrued() > 2_500, "1.5 years full time is about 2,600 hours");
        assertTrue(errors.isEmpty());
    }

    @Test
    void theOverviewSplitsOverdueFromDueSoonAndListsFollowUps() {
        db.training.createPath(kari.id(), TrainingTemplate.FAGBREV_PA_JOBB, "Fagbrev", TestDatabase.TODAY.minusMonths(1).minusDays(3), Enum::name);
        Candidate ola = db.candidate(mid, "Ola Avsluttet", home.id(), LocalDate.of(2025, 1, 5));
        db.candidates.changeStatus(ola.id(), new StatusChange(CandidateStatus.ENDED, TestDatabase.TODAY.minusMonths(6).plusDays(3), EndReason.MOVED));
        OverviewViewModel overview = new OverviewViewModel(db.candidates, db.training, db.employment, db.mentors, db.overview, new ViewModelContext(tasks, TestDatabase.CLOCK, mid, errors::add));
        overview.refresh();

        assertEquals(List.of("PRIOR_LEARNING_ASSESSMENT"), overview.overdue().stream().map(DueItem::what).toList());
        assertTrue(overview.dueSoon().isEmpty());
        assertEquals(List.of("Ola Avsluttet"), overview.followUps().stream().map(DueItem::candidateName).toList());
        assertEquals(1, overview.countsProperty().get().get(CandidateStatus.ENDED));
        assertEquals(1, overview.figuresProperty().get().referred(), "Kari was referred this year, Ola last year");
        assertEquals(0, overview.figuresProperty().get().ended(), "Ola ended last December");
        assertTrue(errors.isEmpty());
    }
}
