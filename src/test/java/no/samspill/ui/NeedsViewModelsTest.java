package no.samspill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samspill.data.TestDatabase;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Municipality;
import no.samspill.domain.PlacementWarning;
import no.samspill.domain.Ref;
import no.samspill.domain.SharedTask;
import no.samspill.domain.TaskStatus;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.ui.needs.NeedsViewModel;
import no.samspill.ui.needs.PlacementViewModel;
import no.samspill.ui.needs.PlanForm;
import no.samspill.ui.needs.TaskForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The needs, task-sharing and placement ViewModels against a real database, with work run synchronously. */
class NeedsViewModelsTest {

    @TempDir Path dir;
    TestDatabase db;
    long mid;
    Workplace home;
    final List<Throwable> errors = new ArrayList<>();
    final TaskRunner tasks = TaskRunner.synchronous();

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        home = db.workplaces.save(new Workplace(null, mid, "Testvik sykehjem", WorkplaceType.NURSING_HOME, true));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    private ViewModelContext context() {
        return new ViewModelContext(tasks, TestDatabase.CLOCK, mid, errors::add);
    }

    @Test
    void aPlanFormShowsAnOverlapBesideTheStartAndSavesOnlyWhatIsValid() {
        NeedsViewModel needs = new NeedsViewModel(db.repositories.needs(), db.lookups, context());
        needs.load();
        PlanForm f = needs.newPlan();
        assertEquals("validation.required", f.workplace.messageProperty().get(), "a new plan asks for its workplace");
        f.workplace.set(needs.workplaces().get(0));
        f.places.set(2);
        f.mentors.set(2);
        f.needHealthWorker.set(new BigDecimal("1.5"));
        assertTrue(f.form.valid());
        needs.save(f);
        assertEquals(1, needs.plans().size());
        PlanForm again = needs.newPlan();
        again.workplace.set(needs.workplaces().get(0));
        assertEquals("validation.plan.overlap", again.start.messageProperty().get());
        again.start.set(TestDatabase.TODAY.plusYears(1).withDayOfYear(1));
        again.end.set(TestDatabase.TODAY.plusYears(1).withDayOfYear(1).plusMonths(6));
        assertEquals(null, again.start.messageProperty().get(), "next year does not overlap");
        PlanForm edit = needs.edit(needs.plans().get(0));
        assertTrue(edit.form.valid(), "a plan does not overlap itself");
        assertEquals(List.of(), errors);
    }

    @Test
    void aTaskFormAsksForTheDrøftingOnceDiscussedAndStoresEveryWorkplaceAsNone() {
        long event = db.involvement.save(new InvolvementEvent(null, mid, TestDatabase.TODAY.minusDays(2), InvolvementType.DISCUSSION,
                InvolvementLevel.MUNICIPALITY, "Oppgavedeling", null, Set.of(), Set.of())).id();
        NeedsViewModel needs = new NeedsViewModel(db.repositories.needs(), db.lookups, context());
        needs.load();
        Ref everywhere = needs.everywhere("Alle arbeidssteder");
        TaskForm f = needs.newTask(everywhere);
        f.task.set("Måltider og servering");
        f.workplace.set(everywhere);
        f.status.set(TaskStatus.IN_USE);
        assertEquals("validation.task.discussionNeeded", f.discussion.messageProperty().get());
        assertFalse(f.form.valid());
        f.discussion.set(needs.events().get(0));
        assertTrue(f.form.valid());
        needs.save(f);
        SharedTask saved = needs.tasks().get(0);
        assertEquals(null, saved.workplaceId());
        assertEquals(event, saved.involvementEventId());
        assertTrue(needs.taskSuggestions().contains("Transport og følge"), "the starting list is offered");
        assertEquals(1, needs.taskSuggestions().stream().filter("Måltider og servering"::equals).count(), "each suggestion once");
        assertEquals(List.of(), errors);
    }

    @Test
    void placingMovesTheCandidateFromWaitingToTheWorkplace() {
        db.candidate(mid, "Kari Venter", null, TestDatabase.TODAY.minusDays(30));
        PlacementViewModel placement = new PlacementViewModel(db.repositories.placement(), context());
        placement.load();
        assertEquals(1, placement.waitingTotal().get());
        assertEquals(List.of(PlacementWarning.NO_PLAN), placement.workplaces().get(0).warningsWithOneMore());
        placement.place(placement.waiting().get(0), placement.workplaces().get(0));
        assertEquals(0, placement.waitingTotal().get());
        assertEquals(1, placement.workplaces().get(0).placed());
        assertEquals(List.of(), errors);
    }
}
