package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.Municipality;
import no.samspill.domain.NavMeasure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A candidate's Nav measure periods: stored as given, refused when the dates are wrong, audited without values. */
class MeasureRepositoryTest {

    @TempDir Path dir;
    TestDatabase db;

    @AfterEach
    void close() {
        db.database.close();
    }

    @Test
    void aPeriodIsStoredEditedAndDeletedWithAnAuditEntryEachTime() {
        db = new TestDatabase(dir);
        long mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        long candidate = db.candidate(mid, "Tiltak Kandidat", null, LocalDate.of(2026, 2, 1)).id();
        MeasureRepository measures = db.repositories.measures();

        MeasurePeriod saved = measures.save(new MeasurePeriod(null, candidate, NavMeasure.UTVAOONAV, LocalDate.of(2026, 2, 15), null, null));
        measures.save(new MeasurePeriod(null, candidate, NavMeasure.ARBTREN, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 9), null));
        assertEquals(List.of(NavMeasure.ARBTREN, NavMeasure.UTVAOONAV), measures.periods(candidate).stream().map(MeasurePeriod::measure).toList(),
                "by start date");

        measures.save(new MeasurePeriod(saved.id(), candidate, NavMeasure.UTVAOONAV, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 10, 31), null));
        assertEquals(LocalDate.of(2026, 10, 31), measures.periods(candidate).getLast().end());

        var wrong = new MeasurePeriod(null, candidate, NavMeasure.MIDLONTIL, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), null);
        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> measures.save(wrong));
        assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals("end")), "the message sits at the end date");
        assertEquals(2, measures.periods(candidate).size(), "nothing stored");

        measures.delete(saved.id());
        assertEquals(1, measures.periods(candidate).size());
        List<String> log = db.audit("nav_measure");
        assertEquals(4, log.size(), "two creates, an update and a delete: " + log);
        assertEquals("UPDATE:end", log.get(2));
    }
}
