package no.samspill.data;

import static no.samspill.data.schema.Tables.TRADE_UNION;
import static no.samspill.data.schema.Tables.UNION_FEDERATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.Municipality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipalityAndDemoTest {

    @TempDir Path dir;
    TestDatabase db;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void migrationPrefillsTheFederationsAndTheirUnions() {
        var dsl = db.database.dsl();
        assertEquals(List.of("AKADEMIKERNE", "LO_KOMMUNE", "UNIO", "YS_KOMMUNE"),
                dsl.select(UNION_FEDERATION.CODE).from(UNION_FEDERATION).orderBy(UNION_FEDERATION.CODE).fetch(UNION_FEDERATION.CODE));
        String fagforbundetFederation = dsl.select(UNION_FEDERATION.CODE).from(TRADE_UNION)
                .join(UNION_FEDERATION).on(UNION_FEDERATION.ID.eq(TRADE_UNION.FEDERATION_ID))
                .where(TRADE_UNION.CODE.eq("FAGFORBUNDET")).fetchOne(UNION_FEDERATION.CODE);
        assertEquals("LO_KOMMUNE", fagforbundetFederation);
    }

    @Test
    void oneFileHoldsSeveralMunicipalitiesButEachNumberOnce() {
        db.municipalities.create(new Municipality(null, "0301", "Oslo bydel Test", false));
        db.municipalities.create(new Municipality(null, "3301", "Drammen", false));

        assertEquals(2, db.municipalities.findAll().size());
        assertTrue(db.municipalities.existsNumber("3301"));
        assertThrows(RuntimeException.class,
                () -> db.municipalities.create(new Municipality(null, "3301", "Duplikat", false)));
    }

    @Test
    void demoMunicipalityIsMarkedAndHasFictionalPeople() {
        Municipality demo = db.demo.create("Fjordvik (demo)");

        assertTrue(demo.demo());
        assertEquals(DemoData.NUMBER, demo.number());
        assertEquals(20, db.candidates.list(demo.id(), CandidateFilter.ALL).size());
        assertFalse(db.lookups.workplaces(demo.id()).isEmpty());
        assertEquals(1, db.lookups.navOffices(demo.id()).size());
    }

    @Test
    void settingsAreStoredAndOverwritten() {
        db.settings.put(SettingsRepository.LANGUAGE, "NN");
        db.settings.put(SettingsRepository.LANGUAGE, "EN");

        assertEquals("EN", db.settings.get(SettingsRepository.LANGUAGE).orElseThrow());
        assertTrue(db.settings.get("missing").isEmpty());
    }
}
