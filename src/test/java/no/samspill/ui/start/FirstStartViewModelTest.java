package no.samspill.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.samspill.ui.common.ViewModelContext;
import no.samspill.data.SettingsRepository;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Municipality;
import no.samspill.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstStartViewModelTest {

    @TempDir Path dir;
    TestDatabase db;
    FirstStartViewModel model;
    List<Municipality> opened = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        model = new FirstStartViewModel(db.municipalities, db.repositories.codeLists(), db.demo, db.settings, new ViewModelContext(TaskRunner.synchronous(), TestDatabase.CLOCK, ViewModelContext.NO_MUNICIPALITY, errors::add));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
        assertTrue(errors.isEmpty());
    }

    @Test
    void nothingPickedIsRefusedBesideTheFieldAndNothingIsCreated() {
        model.createOwn(opened::add);
        assertEquals("firstStart.pick.required", model.pickErrorProperty().get());
        model.queryProperty().set("Atlantis");
        model.createOwn(opened::add);
        assertEquals("firstStart.pick.none", model.pickErrorProperty().get());
        assertTrue(opened.isEmpty());
        assertTrue(db.municipalities.findAll().isEmpty());
    }

    @Test
    void kongsvingerByNameGives3401AndIsRemembered() {
        model.queryProperty().set("Kongsvinger");
        assertEquals("3401", model.selectedProperty().get().area().code());
        model.createOwn(opened::add);

        assertNull(model.pickErrorProperty().get());
        assertEquals("3401", opened.get(0).number());
        assertEquals("Kongsvinger", opened.get(0).name());
        assertEquals(Long.toString(opened.get(0).id()), db.settings.get(SettingsRepository.CURRENT_MUNICIPALITY).orElseThrow());
    }

    @Test
    void aBydelIsPickedWithItsSixDigits() {
        model.queryProperty().set("alna");
        model.createOwn(opened::add);
        assertEquals("030112", opened.get(0).number());
        assertEquals("Bydel Alna", opened.get(0).name());
    }

    @Test
    void theListNarrowsAsTheUserTypesAndKeepsTheChoiceWhileItFits() {
        model.queryProperty().set("Nord");
        assertTrue(model.matches().size() > 1);
        model.selectedProperty().set(model.matches().get(1));
        var chosen = model.selectedProperty().get();
        model.queryProperty().set("Nord-");
        assertEquals(model.matches().contains(chosen) ? chosen : model.matches().get(0), model.selectedProperty().get());
        assertTrue(model.matches().size() <= FirstStartViewModel.SHOWN);
    }

    @Test
    void demoIsCreatedOnceEvenIfChosenTwice() {
        model.createDemo("Fjordvik (demo)", opened::add);
        model.createDemo("Fjordvik (demo)", opened::add);

        assertEquals(2, opened.size());
        assertEquals(opened.get(0).id(), opened.get(1).id());
        assertEquals(1, db.municipalities.findAll().size());
        assertTrue(opened.get(0).demo());
    }
}
