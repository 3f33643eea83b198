package no.samspill.gdpr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.data.NationalIdStorageTest;
import no.samspill.data.PersonalDataRepository;
import no.samspill.data.TestDatabase;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.EndReason;
import no.samspill.domain.Gender;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.Municipality;
import no.samspill.domain.NavMeasure;
import no.samspill.domain.Programme;
import no.samspill.domain.ReferralSource;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TrainingTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.ObjectMapper;

class DataSubjectRightsTest {

    @TempDir Path dir;
    TestDatabase db;
    PersonalDataRepository rights;
    long mid;
    Candidate old;
    Candidate recent;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        rights = new PersonalDataRepository(db.database.dsl(), db.audit, TestDatabase.CLOCK);
        mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        db.municipalities.setStoreNationalId(mid, true);
        old = db.candidates.save(new Candidate(null, mid, "Gammel Kandidat", "gammel@example.no", 1999, LocalDate.of(1999, 2, 3),
                Gender.FEMALE, null, LocalDate.of(2022, 1, 10), ReferralSource.NAV, null, Programme.RECRUITMENT_THROUGH_INCLUSION,
                CandidateStatus.REFERRED, "Notat om situasjonen", LocalDate.of(2022, 1, 12)), Optional.of(NationalIdStorageTest.TEST_NUMBER), null);
        db.candidates.changeStatus(old.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2022, 2, 1), null));
        db.candidates.changeStatus(old.id(), new StatusChange(CandidateStatus.ENDED, LocalDate.of(2023, 5, 31), EndReason.ORDINARY_JOB));
        recent = db.candidate(mid, "Ny Kandidat", null, LocalDate.of(2025, 1, 10));
        db.candidates.changeStatus(recent.id(), new StatusChange(CandidateStatus.ENDED, LocalDate.of(2025, 6, 1), EndReason.MOVED));
        db.training.createPath(old.id(), TrainingTemplate.PRAKSISKANDIDAT, "Praksis", LocalDate.of(2022, 3, 1), Enum::name);
        db.repositories.measures().save(new MeasurePeriod(null, old.id(), NavMeasure.ARBTREN, LocalDate.of(2022, 2, 14),
                LocalDate.of(2022, 5, 13), null));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    @Test
    void anAccessRequestGetsEverythingInAReadablePageAndAJsonFile() throws Exception {
        List<Path> files = AccessReport.write(rights.access(old.id()), dir.resolve("innsyn"));
        String html = Files.readString(files.get(0));
        String json = Files.readString(files.get(1));
        for (String expected : List.of("Gammel Kandidat", "gammel@example.no", NationalIdStorageTest.TEST_NUMBER.value(), "03.02.1999",
                "Notat om situasjonen", "Praksis", "31.05.2023", "Nav-tiltak", "ARBTREN", "13.05.2022")) {
            assertTrue(html.contains(expected), "the page shows " + expected);
        }
        var tree = new ObjectMapper().readTree(json);
        assertEquals("Gammel Kandidat", tree.path("candidate").path("fullName").asText());
        assertEquals(NationalIdStorageTest.TEST_NUMBER.value(), tree.path("nationalId").asText());
        assertEquals(3, tree.path("history").size());
        assertEquals(3, tree.path("paths").get(0).path("steps").size());
        assertEquals(2, tree.path("followUps").size());
        assertEquals("ARBTREN", tree.path("navMeasures").get(0).path("measure").asText());
    }

    @Test
    void onlyCandidatesWhoEndedLongerAgoThanTheRetentionAreListedAndAnonymisingKeepsTheStatistics() {
        List<CandidateSummary> due = rights.dueForAnonymisation(mid, 2);
        assertEquals(List.of(old.id()), due.stream().map(CandidateSummary::id).toList(), "ended May 2023, more than 2 years before June 2026");

        rights.anonymise(old.id());

        Candidate after = db.candidates.find(old.id()).orElseThrow();
        assertEquals("Anonymisert " + old.id(), after.fullName());
        assertNull(after.contact());
        assertNull(after.birthDate());
        assertNull(after.note());
        assertEquals(1999, after.birthYear(), "the birth year stays for the age bands");
        assertEquals(Optional.empty(), db.candidates.nationalId(old.id()));
        assertEquals(3, db.candidates.history(old.id()).size(), "the history stays for the statistics");
        assertTrue(db.audit("candidate").contains("ANONYMISE:fullName,contact,nationalId,birthDate,note"));
        assertTrue(rights.dueForAnonymisation(mid, 2).isEmpty(), "an anonymised candidate is not listed again");
    }
}
