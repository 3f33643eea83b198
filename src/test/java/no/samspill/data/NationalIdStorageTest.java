package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Municipality;
import no.samspill.domain.NationalId;
import no.samspill.domain.RefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A national id is stored only while the municipality has turned it on, and turning it off erases them. */
public class NationalIdStorageTest {

    // A synthetic test number (month + 80) that passes both check digits; no real person has it.
    public static final NationalId TEST_NUMBER = NationalId.parse("01890112305").or(() -> findSynthetic()).orElseThrow();

    @TempDir Path dir;
    TestDatabase db;
    long mid;
    Candidate kari;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        kari = db.candidate(mid, "Kari Kandidat", null, LocalDate.of(2026, 1, 5));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void aNumberIsRefusedUntilTheMunicipalityTurnsStorageOn() {
        assertThrows(RefusedException.class, () -> db.candidates.save(kari, Optional.of(TEST_NUMBER), null));
        assertEquals(Optional.empty(), db.candidates.nationalId(kari.id()));

        db.municipalities.setStoreNationalId(mid, true);
        db.candidates.save(kari, Optional.of(TEST_NUMBER), null);
        assertEquals(Optional.of(TEST_NUMBER), db.candidates.nationalId(kari.id()));
        assertTrue(db.audit("candidate").contains("UPDATE:nationalId"), "the audit names the field, never the number");
        assertTrue(db.audit("candidate").stream().noneMatch(a -> a.contains(TEST_NUMBER.value())));
    }

    @Test
    void theSameNumberIsAPossibleDuplicateWhateverTheName() {
        db.municipalities.setStoreNationalId(mid, true);
        db.candidates.save(kari, Optional.of(TEST_NUMBER), null);
        List<CandidateSummary> found = db.candidates.possibleDuplicates(mid, "Helt Annet Navn", null, TEST_NUMBER, null);
        assertEquals(List.of("Kari Kandidat"), found.stream().map(CandidateSummary::fullName).toList());
        assertTrue(db.candidates.possibleDuplicates(mid, "Helt Annet Navn", null, TEST_NUMBER, kari.id()).isEmpty());
    }

    @Test
    void turningStorageOffErasesEveryStoredNumber() {
        db.municipalities.setStoreNationalId(mid, true);
        db.candidates.save(kari, Optional.of(TEST_NUMBER), null);
        assertEquals(1, db.municipalities.storedNationalIds(mid));

        db.municipalities.setStoreNationalId(mid, false);

        assertEquals(0, db.database.dsl().fetchCount(CANDIDATE, CANDIDATE.NATIONAL_ID.isNotNull()));
        assertEquals(false, db.lookups.storesNationalId(mid));
    }

    private static Optional<NationalId> findSynthetic() {
        for (int serial = 100; serial < 1000; serial++) {
            for (int k = 0; k < 100; k++) {
                Optional<NationalId> id = NationalId.parse(String.format("018901%03d%02d", serial, k));
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }
}
