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
        model = new FirstStartViewModel(db.municipalities, db.demo, db.settings, new ViewModelContext(TaskRunner.synchronous(), TestDatabase.CLOCK, ViewModelContext.NO_MUNICIPALITY, errors::add));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
        assertTrue(errors.isEmpty());
    }

    @Test
    void badNumberIsRefusedBesideTheFieldAndNothingIsCreated() {
        model.numberProperty().set("33");
        model.nameProperty().set("Drammen");
        model.createOwn(opened::add);

        assertEquals("validation.municipalityNumber", model.numberErrorProperty().get());
        assertTrue(opened.isEmpty());
        assertTrue(db.municipalities.findAll().isEmpty());
    }

    @Test
    void ownMunicipalityIsCreatedAndRemembered() {
        model.numberProperty().set(" 3301 ");
        model.nameProperty().set("Drammen");
        model.createOwn(opened::add);

        assertNull(model.numberErrorProperty().get());
        assertEquals("3301", opened.get(0).number());
        assertEquals(Long.toString(opened.get(0).id()), db.settings.get(SettingsRepository.CURRENT_MUNICIPALITY).orElseThrow());
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
