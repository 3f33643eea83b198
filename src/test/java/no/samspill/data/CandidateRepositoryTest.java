package no.samspill.data;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;
import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Gender;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.Municipality;
import no.samspill.domain.Programme;
import no.samspill.domain.ReferralSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.samspill.domain.CandidatePage;
import no.samspill.domain.StatusChange;

class CandidateRepositoryTest {

    @TempDir Path dir;
    TestDatabase db;
    Municipality kommune;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        kommune = db.municipalities.create(new Municipality(null, "1234", "Testvik", false));
    }

    @AfterEach
    void tearDown() {
        db.database.close();
    }

    static Candidate draft(long municipalityId, String name, int year) {
        return new Candidate(null, municipalityId, name, null, year, null, Gender.NOT_RECORDED, null,
                LocalDate.of(2026, 3, 1), ReferralSource.NAV, null, Programme.RECRUITMENT_THROUGH_INCLUSION,
                CandidateStatus.REFERRED, null, null);
    }

    @Test
    void insertStoresCandidateStatusHistoryAndAuditInOneGo() {
        Candidate saved = db.candidates.save(draft(kommune.id(), "  Kari Nordmann ", 2001));

        assertNotNull(saved.id());
        Candidate read = db.candidates.find(saved.id()).orElseThrow();
        assertEquals("Kari Nordmann", read.fullName());
        assertEquals(2001, read.birthYear());
        var dsl = db.database.dsl();
        assertEquals(1, dsl.fetchCount(CANDIDATE_STATUS_CHANGE, CANDIDATE_STATUS_CHANGE.CANDIDATE_ID.eq(saved.id())));
        var audit = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ENTITY.eq("candidate")).fetchOne();
        assertEquals("CREATE", audit.getAction());
        assertEquals("tester", audit.getOsUser());
        assertFalse(audit.getChangedFields().contains("Kari"), "audit holds field names, never values");
    }

    @Test
    void updateAuditsOnlyTheChangedFieldNames() {
        Candidate saved = db.candidates.save(draft(kommune.id(), "Ola Hansen", 2000));
        Candidate changed = new Candidate(saved.id(), saved.municipalityId(), "Ola Hansen", "900 00 000", 2000, null,
                Gender.MALE, null, saved.referralDate(), saved.referralSource(), null, saved.programme(), saved.status(), null, null);

        db.candidates.save(changed);

        var last = db.database.dsl().selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID.desc()).limit(1).fetchOne();
        assertEquals("UPDATE", last.getAction());
        assertEquals("contact,gender", last.getChangedFields());
        assertEquals("900 00 000", db.candidates.find(saved.id()).orElseThrow().contact());
    }

    @Test
    void invalidCandidateIsRefusedAndNothingIsWritten() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> db.candidates.save(draft(kommune.id(), " ", 2001)));

        assertEquals("fullName", e.violations().get(0).field());
        assertEquals(0, db.database.dsl().fetchCount(CANDIDATE));
        assertEquals(0, db.database.dsl().fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY.eq("candidate")));
    }

    @Test
    void failedSaveRollsBackTheWholeTransaction() {
        Candidate bad = new Candidate(null, kommune.id(), "Per Feil", null, 2001, null, Gender.NOT_RECORDED,
                999_999L, LocalDate.of(2026, 3, 1), null, null, Programme.OTHER, CandidateStatus.REFERRED, null, null);

        assertThrows(RuntimeException.class, () -> db.candidates.save(bad));

        assertEquals(0, db.database.dsl().fetchCount(CANDIDATE));
        assertEquals(0, db.database.dsl().fetchCount(CANDIDATE_STATUS_CHANGE));
    }

    @Test
    void listFiltersByNameAndStatusInTheDatabaseAndKeepsMunicipalitiesApart() {
        Municipality other = db.municipalities.create(new Municipality(null, "5678", "Annenby", false));
        db.candidates.save(draft(kommune.id(), "Anne Berg", 2001));
        db.candidates.save(draft(kommune.id(), "Bjørn Aas", 1999));
        db.candidates.save(draft(other.id(), "Anne Annenby", 2002));
        Candidate active = db.candidates.save(draft(kommune.id(), "Anders Dal", 2003));
        db.candidates.changeStatus(active.id(), new StatusChange(CandidateStatus.ACTIVE,
                active.referralDate(), null));

        List<CandidateSummary> an = db.candidates.list(kommune.id(), new CandidateFilter("AN", null));
        List<CandidateSummary> activeOnly = db.candidates.list(kommune.id(), new CandidateFilter("", CandidateStatus.ACTIVE));

        assertEquals(List.of("Anders Dal", "Anne Berg"), an.stream().map(CandidateSummary::fullName).toList());
        assertEquals(List.of("Anders Dal"), activeOnly.stream().map(CandidateSummary::fullName).toList());
        assertEquals(3, db.candidates.count(kommune.id()));
    }

    @Test
    void dataSurvivesClosingAndReopeningTheFile() {
        Candidate saved = db.candidates.save(draft(kommune.id(), "Sigrid Lund", 2002));
        db.database.close();

        db = new TestDatabase(dir);

        assertTrue(db.candidates.find(saved.id()).isPresent());
        assertEquals("Sigrid Lund", db.candidates.find(saved.id()).orElseThrow().fullName());
    }

    @Test
    void sameNameAndBirthDateIsFlaggedAsAPossibleDuplicate() {
        Candidate first = db.candidates.save(withBirthDate(draft(kommune.id(), "Kari Nordmann", 2001), LocalDate.of(2001, 4, 3)));
        db.candidates.save(withBirthDate(draft(kommune.id(), "Kari Nordmann", 2001), LocalDate.of(2001, 4, 4)));

        List<CandidateSummary> hits = db.candidates.possibleDuplicates(kommune.id(), " kari nordmann ", LocalDate.of(2001, 4, 3), null);

        assertEquals(List.of(first.id()), hits.stream().map(CandidateSummary::id).toList());
        assertTrue(db.candidates.possibleDuplicates(kommune.id(), "Kari Nordmann", LocalDate.of(2001, 4, 3), first.id()).isEmpty(),
                "a record is not its own duplicate");
        assertTrue(db.candidates.possibleDuplicates(kommune.id(), "Kari Nordmann", null, null).isEmpty());
    }

    static Candidate withBirthDate(Candidate c, LocalDate date) {
        return new Candidate(c.id(), c.municipalityId(), c.fullName(), c.contact(), date.getYear(), date, c.gender(),
                c.navOfficeId(), c.referralDate(), c.referralSource(), c.mainWorkplaceId(), c.programme(), c.status(), c.note(), null);
    }

    @Test
    void aPageHoldsAtMostTheLimitAndSaysWhetherMoreMatch() {
        var home = db.workplaces.save(new no.samspill.domain.Workplace(null, kommune.id(), "Tunet sykehjem",
                no.samspill.domain.WorkplaceType.NURSING_HOME, true));
        for (String name : List.of("Cecilie", "Anders", "Berit")) {
            Candidate c = draft(kommune.id(), name, 2000);
            db.candidates.save(name.equals("Anders") ? new Candidate(null, c.municipalityId(), c.fullName(), null, c.birthYear(), null,
                    c.gender(), null, c.referralDate(), c.referralSource(), home.id(), c.programme(), c.status(), null, null) : c);
        }
        CandidatePage page = db.candidates.page(kommune.id(), CandidateFilter.ALL, 2);
        assertEquals(List.of("Anders", "Berit"), page.rows().stream().map(CandidateSummary::fullName).toList());
        assertEquals(java.util.Arrays.asList("Tunet sykehjem", null), page.rows().stream().map(CandidateSummary::workplaceName).toList(),
                "each row with its workplace's name, or none");
        assertTrue(page.truncated());
        assertFalse(db.candidates.page(kommune.id(), new CandidateFilter("er", null), 2).truncated());
    }

    /**
     * Against a brute-force oracle: for every search, the page is the names that contain the text
     * (ignoring case), sorted, cut at the limit, and whether any were cut; LIKE's own characters
     * (%, _ and the escape !) are searched as themselves.
     */
    @Test
    void aSearchFindsExactlyTheNamesThatContainTheTextWithLikesOwnCharactersAsThemselves() {
        List<String> names = List.of("Kari 100% Olsen", "Kari_Nilsen", "Ola Kari!sen", "Karianne Berg", "Per Olsen", "ÆRLIG ÅSE",
                "Nils 10 Prosent", "Mona!% Lie", "kari olsen");
        for (String name : names) {
            db.candidates.save(draft(kommune.id(), name, 1999));
        }
        for (String text : List.of("kari", "%", "_", "!", "!%", "10%", "i_n", "olsen", "æ", "Å", "", "x", "ri o", "a!%")) {
            List<String> expected = names.stream().filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT)))
                    .sorted().toList();
            CandidatePage page = db.candidates.page(kommune.id(), new CandidateFilter(text, null), 3);
            assertEquals(expected.subList(0, Math.min(3, expected.size())), page.rows().stream().map(CandidateSummary::fullName).toList(),
                    "rows for «" + text + "»");
            assertEquals(expected.size() > 3, page.truncated(), "more than the page for «" + text + "»");
        }
    }

    /**
     * Namesakes come by birth year, and "more match" is right under, at and over the limit, the
     * matches exactly a page included. The oracle sorts in Java.
     */
    @Test
    void namesakesComeByBirthYearAndMoreMatchHoldsUnderAtAndOverTheLimit() {
        int[] years = {2003, 1995, 2001, 1999};
        for (int year : years) {
            db.candidates.save(draft(kommune.id(), "Siri Navnesen", year));
        }
        db.candidates.save(draft(kommune.id(), "Anne Annen", 1990));
        List<Integer> sorted = java.util.Arrays.stream(years).sorted().boxed().toList();
        for (int limit = 1; limit <= 6; limit++) {
            CandidatePage page = db.candidates.page(kommune.id(), new CandidateFilter("navnesen", null), limit);
            assertEquals(sorted.subList(0, Math.min(limit, 4)), page.rows().stream().map(CandidateSummary::birthYear).toList(), "limit " + limit);
            assertEquals(limit < 4, page.truncated(), "more than the page at limit " + limit);
            assertEquals(limit < 5, db.candidates.page(kommune.id(), new CandidateFilter("", null), limit).truncated(), "all, limit " + limit);
        }
    }
}
