package no.samspill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samspill.data.NationalIdStorageTest;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.DueItem;
import no.samspill.domain.EndReason;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.Municipality;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TrainingTemplate;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import no.samspill.ui.audit.AuditViewModel;
import no.samspill.ui.common.TaskRunner;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.ui.involvement.EventForm;
import no.samspill.ui.involvement.InvolvementViewModel;
import no.samspill.ui.involvement.RepresentativeForm;
import no.samspill.ui.settings.NationalIdSettingViewModel;
import no.samspill.ui.settings.RetentionViewModel;
import no.samspill.ui.training.TrainingOverviewViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ViewModels of involvement, the training overview, the audit log and the settings, against a real database. */
class SettingsAndInvolvementViewModelsTest {

    @TempDir Path dir;
    TestDatabase db;
    long mid;
    Workplace home;
    final List<Throwable> errors = new ArrayList<>();
    ViewModelContext context;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        home = db.workplaces.save(new Workplace(null, mid, "Testvik sykehjem", WorkplaceType.NURSING_HOME, true));
        context = new ViewModelContext(TaskRunner.synchronous(), TestDatabase.CLOCK, mid, errors::add);
    }

    @AfterEach
    void tearDown() {
        db.database.close();
        assertEquals(List.of(), errors);
    }

    @Test
    void anEventAtWorkplaceLevelNeedsItsWorkplacesAndARepresentativeCanCoverTheWholeMunicipality() {
        InvolvementViewModel model = new InvolvementViewModel(db.representatives, db.involvement, db.lookups, context);
        model.refresh();
        RepresentativeForm person = model.newRepresentative();
        person.name.set("Tillitsvalgt Tone");
        person.union.set(model.unions().getFirst());
        assertTrue(person.form.valid(), "the whole municipality is the default place");
        model.save(person);
        assertNull(model.people().getFirst().workplaceId());

        EventForm event = model.newEvent();
        event.topic.set("Informasjonsmøte om rekruttering");
        event.level.set(InvolvementLevel.WORKPLACE);
        assertFalse(event.form.valid());
        assertEquals("involvement.workplacesRequired", event.workplaces.messageProperty().get());
        event.workplaces.set(Set.of(model.workplaces().getFirst()));
        event.people.set(Set.copyOf(model.people()));
        assertTrue(event.form.valid());
        model.save(event);
        assertEquals(1, model.events().size());
        assertEquals(Set.of(home.id()), model.events().getFirst().workplaceIds());
        assertEquals("Tillitsvalgt Tone", model.participantNames(model.events().getFirst()));
    }

    @Test
    void theTrainingOverviewFiltersByWhenTheStepIsDue() {
        Candidate kari = db.candidate(mid, "Kari Kandidat", home.id(), LocalDate.of(2025, 1, 5));
        db.training.createPath(kari.id(), TrainingTemplate.FAGBREV_PA_JOBB, "Fagbrev", LocalDate.of(2025, 2, 1), Enum::name);
        TrainingOverviewViewModel model = new TrainingOverviewViewModel(db.training, context);
        model.refresh();
        List<DueItem> all = List.copyOf(model.steps());
        assertFalse(all.isEmpty());
        model.rangeProperty().set(TrainingOverviewViewModel.Range.OVERDUE);
        assertEquals(all.stream().filter(s -> s.due().isBefore(TestDatabase.TODAY)).toList(), model.steps());
        model.rangeProperty().set(TrainingOverviewViewModel.Range.NEXT_30_DAYS);
        assertTrue(model.steps().stream().allMatch(s -> !s.due().isBefore(TestDatabase.TODAY)
                && !s.due().isAfter(TestDatabase.TODAY.plusDays(30))));
    }

    @Test
    void theAuditLogListsFiltersAndChecksTheChain() {
        db.candidate(mid, "Kari Kandidat", home.id(), LocalDate.of(2026, 1, 5));
        AuditViewModel model = new AuditViewModel(db.repositories.auditEntries(), db.repositories.auditVerifier(), context);
        model.refresh();
        assertTrue(model.entities().containsAll(List.of("candidate", "municipality", "workplace")));
        int all = model.entries().size();
        model.entityProperty().set("candidate");
        model.refresh();
        assertEquals(1, model.entries().size());
        assertTrue(all > 1);
        model.verify();
        assertEquals(all, model.checkProperty().get().checked());
        assertTrue(model.checkProperty().get().brokenAt().isEmpty());
    }

    @Test
    void retentionListsWhoEndedLongerAgoAndAnonymisesThem() {
        Candidate old = db.candidate(mid, "Ola Gammel", home.id(), LocalDate.of(2023, 1, 5));
        db.candidates.changeStatus(old.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2023, 2, 1), null));
        db.candidates.changeStatus(old.id(), new StatusChange(CandidateStatus.ENDED, LocalDate.of(2023, 6, 1), EndReason.MOVED));
        Candidate recent = db.candidate(mid, "Nina Ny", home.id(), LocalDate.of(2026, 1, 5));
        db.candidates.changeStatus(recent.id(), new StatusChange(CandidateStatus.ENDED, LocalDate.of(2026, 3, 1), EndReason.MOVED));
        RetentionViewModel model = new RetentionViewModel(db.repositories.personalData(), db.settings, context);
        model.load();
        assertEquals(RetentionViewModel.DEFAULT_YEARS, model.yearsProperty().get());
        assertEquals(List.of(old.id()), model.due().stream().map(c -> c.id()).toList());
        model.yearsProperty().set(4);
        assertEquals(List.of(), model.due(), "nobody ended more than four years ago");
        model.yearsProperty().set(2);
        model.anonymise(List.copyOf(model.due()));
        assertEquals(List.of(), model.due());
        assertTrue(db.candidates.find(old.id()).orElseThrow().fullName().startsWith("Anonymisert"));
        assertEquals("Nina Ny", db.candidates.find(recent.id()).orElseThrow().fullName());
    }

    @Test
    void turningNationalIdsOffErasesTheStoredNumbers() {
        NationalIdSettingViewModel model = new NationalIdSettingViewModel(db.municipalities, db.lookups, context);
        model.load();
        assertFalse(model.storedProperty().get());
        model.set(true);
        assertTrue(model.storedProperty().get());
        Candidate kari = db.candidate(mid, "Kari Kandidat", home.id(), LocalDate.of(2026, 1, 5));
        db.candidates.save(kari, Optional.of(NationalIdStorageTest.TEST_NUMBER), null);
        model.load();
        assertEquals(1, model.countProperty().get());
        model.set(false);
        assertEquals(0, model.countProperty().get());
        assertTrue(db.candidates.nationalId(kari.id()).isEmpty());
    }
}
