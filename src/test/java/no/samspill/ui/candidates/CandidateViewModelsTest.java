package no.samspill.ui.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Municipality;
import no.samspill.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Optional;
import no.samspill.data.NationalIdStorageTest;

/** The ViewModels against a real migrated database, with work run synchronously. */
class CandidateViewModelsTest {

    @TempDir Path dir;
    TestDatabase db;
    Municipality demo;
    List<Throwable> errors = new ArrayList<>();
    CandidateFormViewModel form;
    CandidateListViewModel list;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        demo = db.demo.create("Fjordvik (demo)");
        TaskRunner sync = TaskRunner.synchronous();
        form = new CandidateFormViewModel(db.candidates, db.lookups, new ViewModelContext(sync, TestDatabase.CLOCK, demo.id(), errors::add));
        list = new CandidateListViewModel(db.candidates, new ViewModelContext(sync, TestDatabase.CLOCK, demo.id(), errors::add));
        form.loadLookups();
    }

    @AfterEach
    void tearDown() {
        db.database.close();
        assertTrue(errors.isEmpty(), () -> "unexpected errors: " + errors);
    }

    @Test
    void newFormShowsRequiredMessagesAndCannotSave() {
        form.startNew();

        assertTrue(form.editingProperty().get());
        assertEquals("validation.required", form.fullNameErrorProperty().get());
        assertEquals("validation.required", form.birthYearErrorProperty().get());
        assertFalse(form.validProperty().get());
        assertFalse(form.dirtyProperty().get());
        assertEquals(LocalDate.of(2026, 6, 15), form.referralDateProperty().get());
    }

    @Test
    void fieldMessagesFollowTheInput() {
        form.startNew();
        form.birthYearProperty().set("20x1");
        assertEquals("validation.birthYear.format", form.birthYearErrorProperty().get());
        form.birthYearProperty().set("2020");
        assertEquals("validation.birthYear.range", form.birthYearErrorProperty().get());
        form.birthYearProperty().set("2001");
        assertNull(form.birthYearErrorProperty().get());
        form.birthDateProperty().set(LocalDate.of(2000, 1, 1));
        assertEquals("2000", form.birthYearProperty().get(), "the year follows the date");
        assertNull(form.birthDateErrorProperty().get());
        form.birthYearProperty().set("2001");
        assertEquals("validation.birthDate.yearMismatch", form.birthDateErrorProperty().get(), "a year typed afterwards is still checked");
        form.referralDateUnreadableProperty().set(true);
        assertEquals("validation.date.format", form.referralDateErrorProperty().get());
    }

    @Test
    void savingANewCandidateStoresItAndTheListShowsIt() {
        form.startNew();
        form.fullNameProperty().set("Nora Nyland");
        form.birthYearProperty().set("2003");
        form.workplaceProperty().set(form.workplaces().get(0));
        assertTrue(form.dirtyProperty().get());
        assertTrue(form.validProperty().get());
        List<Candidate> saved = new ArrayList<>();

        form.save(saved::add, duplicates -> {
            throw new AssertionError("no duplicate expected");
        });
        list.refresh();

        assertEquals(1, saved.size());
        assertFalse(form.dirtyProperty().get(), "a saved form is clean");
        assertEquals(saved.get(0).id(), form.editedId().orElseThrow());
        CandidateSummary row = list.items().stream().filter(r -> r.fullName().equals("Nora Nyland")).findFirst().orElseThrow();
        assertEquals(2003, row.birthYear());
        assertEquals(CandidateStatus.REFERRED, row.status());
        assertEquals(form.workplaces().get(0).name(), row.workplaceName());
    }

    @Test
    void aPossibleDuplicateIsSavedOnlyWhenTheUserSaysSo() {
        LocalDate born = LocalDate.of(2002, 3, 4);
        List<List<CandidateSummary>> asked = new ArrayList<>();
        for (boolean answer : new boolean[] {true, false, true}) {
            form.startNew();
            form.fullNameProperty().set("Dobbel Person");
            form.birthYearProperty().set("2002");
            form.birthDateProperty().set(born);
            form.save(c -> { }, found -> {
                asked.add(found);
                return answer;
            });
        }
        // The first save finds nobody and does not ask; the second is refused; the third is saved anyway.
        assertEquals(2, asked.size());
        assertEquals("Dobbel Person", asked.get(0).get(0).fullName());
        list.filterTextProperty().set("Dobbel");
        list.refresh();
        assertEquals(2, list.items().size());
    }

    @Test
    void editingAndDiscardingRestoresTheStoredValues() {
        long id = db.candidates.list(demo.id(), CandidateFilter.ALL).get(0).id();
        form.load(id);
        String stored = form.fullNameProperty().get();

        form.fullNameProperty().set(stored + " endret");
        assertTrue(form.dirtyProperty().get());
        form.discard();

        assertEquals(stored, form.fullNameProperty().get());
        assertFalse(form.dirtyProperty().get());
        assertEquals(stored, db.candidates.find(id).orElseThrow().fullName());
    }

    @Test
    void listFiltersByTextAndStatus() {
        list.refresh();
        assertEquals(20, list.items().size());

        list.statusFilterProperty().set(CandidateStatus.ENDED);
        assertEquals(4, list.items().size());
        assertTrue(list.items().stream().allMatch(r -> r.status() == CandidateStatus.ENDED));

        list.statusFilterProperty().set(null);
        list.filterTextProperty().set("demoli");
        list.refresh();
        assertTrue(list.items().stream().allMatch(r -> r.fullName().toLowerCase().contains("demoli")));
        assertFalse(list.items().isEmpty());
    }

    @Test
    void errorsFromTheRepositoryReachTheErrorHandler() {
        db.database.close();
        list.refresh();
        assertEquals(1, errors.size());
        assertFalse(list.loadingProperty().get());
        errors.clear();
    }

    @Test
    void theNationalIdFieldIsOfferedOnlyWhenStoredAndMustBeValid() {
        assertFalse(form.nationalIdEnabledProperty().get());
        db.municipalities.setStoreNationalId(demo.id(), true);
        form.loadLookups();
        assertTrue(form.nationalIdEnabledProperty().get());

        form.startNew();
        form.fullNameProperty().set("Nina Nummer");
        form.birthYearProperty().set("2001");
        form.nationalIdProperty().set("12345678901");
        assertEquals("validation.nationalId", form.nationalIdErrorProperty().get());
        assertFalse(form.validProperty().get());

        form.nationalIdProperty().set(NationalIdStorageTest.TEST_NUMBER.value());
        assertEquals(null, form.nationalIdErrorProperty().get());
        form.save(c -> { }, found -> false);
        long id = form.editedId().orElseThrow();
        assertEquals(Optional.of(NationalIdStorageTest.TEST_NUMBER), db.candidates.nationalId(id));
        assertFalse(form.dirtyProperty().get());
        assertTrue(errors.isEmpty());
    }

    /** Shared mode: another coordinator saved the candidate while this form was open. */
    @Test
    void aSaveOverACandidateSomeoneElseChangedIsRefusedInWordsAndTheTypingStays() {
        Candidate ada = db.candidate(demo.id(), "Ada Demoli", null, TestDatabase.TODAY);
        form.load(ada.id());
        Candidate other = db.candidates.find(ada.id()).orElseThrow();
        db.candidates.save(new Candidate(other.id(), other.municipalityId(), other.fullName(), "tlf. 400 00 000", other.birthYear(),
                other.birthDate(), other.gender(), other.navOfficeId(), other.referralDate(), other.referralSource(),
                other.mainWorkplaceId(), other.programme(), other.status(), other.note(), other.informedDate()));

        form.noteProperty().set("Møte avtalt");
        form.save(c -> { }, found -> true);

        assertEquals(1, errors.size());
        assertEquals("common.changedElsewhere", no.samspill.ui.common.ErrorMessages.keyFor(errors.remove(0)));
        assertEquals("Møte avtalt", form.noteProperty().get(), "what the user typed is still in the form");
        Candidate stored = db.candidates.find(ada.id()).orElseThrow();
        assertEquals("tlf. 400 00 000", stored.contact(), "the other coordinator's change is kept");
        assertNull(stored.note());
    }
}
