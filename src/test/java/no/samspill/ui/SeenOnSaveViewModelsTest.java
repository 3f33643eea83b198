package no.samspill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.samspill.data.TestDatabase;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Municipality;
import no.samspill.domain.Ref;
import no.samspill.domain.ReportDeadline;
import java.util.Set;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.InvolvementEvent;
import no.samspill.ui.involvement.EventForm;
import no.samspill.domain.TrainingPath;
import no.samspill.ui.candidates.CandidateEmploymentViewModel;
import no.samspill.ui.candidates.CandidateMeasuresViewModel;
import no.samspill.ui.candidates.CandidateTrainingViewModel;
import no.samspill.ui.cooperation.CooperationViewModel;
import no.samspill.ui.common.ErrorMessages;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.ui.involvement.InvolvementViewModel;
import no.samspill.ui.mentors.MentorsViewModel;
import no.samspill.ui.needs.NeedsViewModel;
import no.samspill.ui.workplaces.WorkplacesViewModel;
import no.samspill.ui.reporting.DeadlineForm;
import no.samspill.ui.reporting.ReportingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms that save over the record as it was opened: every record of the demo opened and saved as it
 * is goes through (the record as listed is the record as stored), and one changed in between is
 * refused in words.
 */
class SeenOnSaveViewModelsTest {

    @TempDir Path dir;
    TestDatabase db;
    Municipality demo;
    final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        demo = db.demo.create("Fjordvik (demo)");
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    private ViewModelContext context() {
        return new ViewModelContext(TaskRunner.synchronous(), TestDatabase.CLOCK, demo.id(), errors::add);
    }

    @Test
    void everyListedRecordSavesOverItselfUnrefused() {
        ReportingViewModel reporting = new ReportingViewModel(db.repositories.evaluation(), db.repositories.reporting(), context());
        reporting.load();
        assertFalse(reporting.deadlines().isEmpty() || reporting.grants().isEmpty(), "the demo has grants and deadlines");
        List.copyOf(reporting.deadlines()).forEach(d -> reporting.save(reporting.edit(d)));
        List.copyOf(reporting.grants()).forEach(g -> reporting.save(reporting.edit(g)));

        NeedsViewModel needs = new NeedsViewModel(db.repositories.needs(), db.lookups, context());
        needs.load();
        assertFalse(needs.plans().isEmpty() || needs.tasks().isEmpty(), "the demo has plans and tasks");
        List.copyOf(needs.plans()).forEach(p -> needs.save(needs.edit(p)));
        Ref everywhere = needs.everywhere("Alle");
        List.copyOf(needs.tasks()).forEach(t -> needs.save(needs.edit(t, everywhere)));

        CandidateMeasuresViewModel measures = new CandidateMeasuresViewModel(db.repositories.measures(), db.candidates, db.lookups, context());
        int periods = 0;
        for (CandidateSummary c : db.candidates.list(demo.id(), CandidateFilter.ALL)) {
            measures.load(c.id());
            periods += measures.periods().size() + measures.incomes().size() + measures.contracts().size();
            List.copyOf(measures.periods()).forEach(p -> measures.save(measures.edit(p)));
            List.copyOf(measures.incomes()).forEach(p -> measures.save(measures.edit(p)));
            List.copyOf(measures.contracts()).forEach(p -> measures.save(measures.edit(p)));
        }
        assertFalse(periods == 0, "the demo has measures");

        MentorsViewModel mentors = new MentorsViewModel(db.mentors, db.lookups, context());
        mentors.refresh();
        assertFalse(mentors.mentors().isEmpty());
        List.copyOf(mentors.mentors()).forEach(m -> mentors.save(mentors.edit(m)));
        WorkplacesViewModel places = new WorkplacesViewModel(db.workplaces, context());
        places.refresh();
        assertFalse(places.workplaces().isEmpty() || places.partners().isEmpty());
        List.copyOf(places.workplaces()).forEach(w -> places.save(places.edit(w)));
        List.copyOf(places.partners()).forEach(p -> places.save(places.edit(p)));
        InvolvementViewModel involvement = new InvolvementViewModel(db.representatives, db.involvement, db.lookups, context());
        involvement.refresh();
        assertFalse(involvement.people().isEmpty());
        List.copyOf(involvement.people()).forEach(r -> involvement.save(involvement.edit(r)));
        assertEquals(List.of(), errors);
    }

    @Test
    void everyListedEventStepJobFollowUpAndMeetingSavesOverItselfUnrefused() {
        InvolvementViewModel involvement = new InvolvementViewModel(db.representatives, db.involvement, db.lookups, context());
        int events = 0;
        for (int year = 2022; year <= TestDatabase.CLOCK.instant().atZone(TestDatabase.CLOCK.getZone()).getYear(); year++) {
            involvement.yearProperty().set(year);
            involvement.refresh();
            events += involvement.events().size();
            List.copyOf(involvement.events()).forEach(e -> involvement.save(involvement.edit(e)));
        }
        CooperationViewModel cooperation = new CooperationViewModel(db.repositories.cooperation(), context());
        cooperation.load();
        List.copyOf(cooperation.meetings()).forEach(m -> cooperation.save(cooperation.edit(m)));
        List.copyOf(cooperation.agreements()).forEach(a -> cooperation.save(cooperation.edit(a)));

        CandidateTrainingViewModel training = new CandidateTrainingViewModel(db.training, db.employment, context());
        CandidateEmploymentViewModel employment = new CandidateEmploymentViewModel(db.employment, db.candidates, db.lookups, context());
        int steps = 0;
        int jobs = 0;
        int recorded = 0;
        for (CandidateSummary c : db.candidates.list(demo.id(), CandidateFilter.ALL)) {
            training.load(c.id());
            for (TrainingPath path : List.copyOf(training.paths())) {
                training.selectedPathProperty().set(path);
                steps += training.steps().size();
                List.copyOf(training.steps()).forEach(s -> training.save(training.edit(s)));
            }
            employment.load(c.id());
            jobs += employment.spells().size();
            List.copyOf(employment.spells()).forEach(j -> employment.save(employment.edit(j)));
            for (FollowUp f : List.copyOf(employment.followUps())) {
                // The demo records none: record each one that has fallen due, then again as it now stands.
                if (!f.due().isAfter(employment.today())) {
                    recorded++;
                    employment.record(f, f.due(), FollowUpOutcome.RELEVANT_WORK);
                    FollowUp now = employment.followUps().stream().filter(g -> g.id().equals(f.id())).findFirst().orElseThrow();
                    employment.record(now, now.recorded(), FollowUpOutcome.EDUCATION);
                }
            }
        }
        assertTrue(events > 0 && steps > 0 && jobs > 0 && recorded > 0 && !cooperation.meetings().isEmpty()
                && !cooperation.agreements().isEmpty(), events + " events, " + steps + " steps, " + jobs + " jobs, " + recorded
                + " recorded follow-ups, " + cooperation.meetings().size() + " meetings, " + cooperation.agreements().size() + " agreements");
        assertEquals(List.of(), errors);
    }

    @Test
    void aDeadlineChangedSinceItWasOpenedIsRefusedAndKept() {
        ReportingViewModel reporting = new ReportingViewModel(db.repositories.evaluation(), db.repositories.reporting(), context());
        reporting.load();
        ReportDeadline listed = reporting.deadlines().get(0);
        DeadlineForm form = reporting.edit(listed);
        db.repositories.reporting().deadlines().save(new ReportDeadline(listed.id(), listed.municipalityId(), "Endret av en annen",
                listed.due(), listed.remindDays(), listed.done()));

        form.done.set(true);
        reporting.save(form);

        assertEquals(1, errors.size());
        assertEquals("common.changedElsewhere", ErrorMessages.keyFor(errors.get(0)));
        ReportDeadline stored = db.repositories.reporting().deadlines().of(demo.id()).stream().filter(d -> d.id().equals(listed.id())).findFirst().orElseThrow();
        assertEquals("Endret av en annen", stored.title());
        assertEquals(listed.done(), stored.done(), "the refused save wrote nothing");
    }

    @Test
    void anEventWhoseParticipantsChangedSinceItWasOpenedIsRefusedAndKept() {
        InvolvementViewModel involvement = new InvolvementViewModel(db.representatives, db.involvement, db.lookups, context());
        involvement.refresh();
        InvolvementEvent listed = involvement.events().stream().filter(e -> !e.representativeIds().isEmpty()).findFirst().orElseThrow();
        EventForm form = involvement.edit(listed);
        db.involvement.save(new InvolvementEvent(listed.id(), listed.municipalityId(), listed.date(), listed.type(), listed.level(),
                listed.topic(), listed.outcome(), listed.workplaceIds(), Set.of()));

        form.topic.set("Ny tittel");
        involvement.save(form);

        assertEquals(1, errors.size());
        assertEquals("common.changedElsewhere", ErrorMessages.keyFor(errors.get(0)));
        involvement.refresh();
        InvolvementEvent stored = involvement.events().stream().filter(e -> e.id().equals(listed.id())).findFirst().orElseThrow();
        assertEquals(listed.topic(), stored.topic(), "the refused save wrote nothing");
        assertEquals(Set.of(), stored.representativeIds());
    }
}
