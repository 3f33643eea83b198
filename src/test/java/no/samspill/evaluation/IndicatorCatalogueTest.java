package no.samspill.evaluation;

import no.samspill.domain.CooperationKind;
import no.samspill.domain.TaskStatus;
import no.samspill.domain.CooperationPartner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.EndReason;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.Gender;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Qualification;
import no.samspill.domain.QualificationKind;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TrainingTemplate;
import org.junit.jupiter.api.Test;

/**
 * Every indicator on a fixture of five candidates, with the expected numbers worked out by hand
 * (the comments say who is counted).
 */
class IndicatorCatalogueTest {

    static final Period Y2026 = Period.ofYear(2026);

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static StatusChange s(CandidateStatus status, String date) {
        return new StatusChange(status, d(date), null);
    }

    /** A: new in 2026, active, 22, female, mentor m1 from March, workplace 10. */
    static final CandidateFacts A = new CandidateFacts(1, 2004, Gender.FEMALE, 10L, d("2026-02-01"),
            List.of(s(CandidateStatus.REFERRED, "2026-02-01"), s(CandidateStatus.ACTIVE, "2026-03-01")),
            List.of(), List.of(), List.of(), List.of(), List.of(new CandidateFacts.Period(1, d("2026-03-01"), null)));
    /** B: since 2025, in job since April 2026 (60 % temporary), fagbrev June 2026, 36, male, mentor m1 until August. */
    static final CandidateFacts B = new CandidateFacts(2, 1990, Gender.MALE, 10L, d("2025-05-01"),
            List.of(s(CandidateStatus.REFERRED, "2025-05-01"), s(CandidateStatus.ACTIVE, "2025-06-01"), s(CandidateStatus.IN_JOB, "2026-04-01")),
            List.of(), List.of(new Qualification(null, 2, null, QualificationKind.TRADE_CERTIFICATE, d("2026-06-15"))),
            List.of(new EmploymentSpell(null, 2, null, d("2026-04-01"), null, 60, false, EmploymentKind.ORDINARY)), List.of(),
            List.of(new CandidateFacts.Period(1, d("2025-06-01"), d("2026-08-31"))));
    /** C: since 2025, dropped out May 2026, 26, gender not recorded; 6-month follow-up recorded: in education. */
    static final CandidateFacts C = new CandidateFacts(3, 2000, Gender.NOT_RECORDED, 20L, d("2025-09-01"),
            List.of(s(CandidateStatus.REFERRED, "2025-09-01"), s(CandidateStatus.ACTIVE, "2025-10-01"),
                    new StatusChange(CandidateStatus.ENDED, d("2026-05-31"), EndReason.NOT_CLARIFIED)),
            List.of(), List.of(), List.of(),
            List.of(new FollowUp(null, 3, 6, d("2026-11-30"), d("2026-12-01"), FollowUpOutcome.EDUCATION),
                    new FollowUp(null, 3, 12, d("2027-05-31"), null, null)), List.of());
    /** D: referred 15 December 2026, not started, 17, male. */
    static final CandidateFacts D = new CandidateFacts(4, 2009, Gender.MALE, null, d("2026-12-15"),
            List.of(s(CandidateStatus.REFERRED, "2026-12-15")), List.of(), List.of(), List.of(), List.of(), List.of());
    /** E: since 2024, praksiskandidat path, permanent 100 %, kompetansebevis in 2025, 28, female, mentor m2. */
    static final CandidateFacts E = new CandidateFacts(5, 1998, Gender.FEMALE, 20L, d("2024-01-10"),
            List.of(s(CandidateStatus.REFERRED, "2024-01-10"), s(CandidateStatus.ACTIVE, "2024-02-01"),
                    s(CandidateStatus.IN_QUALIFICATION, "2024-09-01")),
            List.of(new CandidateFacts.PathFact(TrainingTemplate.PRAKSISKANDIDAT, d("2024-09-01"))),
            List.of(new Qualification(null, 5, null, QualificationKind.COMPETENCE_CERTIFICATE, d("2025-12-01"))),
            List.of(new EmploymentSpell(null, 5, null, d("2024-02-01"), null, 100, true, EmploymentKind.ORDINARY)), List.of(),
            List.of(new CandidateFacts.Period(2, d("2024-02-01"), null)));

    static final ProgrammeFacts FACTS = new ProgrammeFacts(List.of(A, B, C, D, E), List.of(
            new ProgrammeFacts.EventFact(d("2026-01-15"), InvolvementType.INFORMATION, Set.of(10L, 20L)),
            new ProgrammeFacts.EventFact(d("2026-03-15"), InvolvementType.DISCUSSION, Set.of(10L)),
            new ProgrammeFacts.EventFact(d("2025-11-01"), InvolvementType.EVALUATION, Set.of(20L))));

    static long[][] cells(String id, Period p) {
        return IndicatorCatalogue.find(id).orElseThrow().table(FACTS, p).cells();
    }

    // Rows: under 18, 18–24, 25–30, 31+. Columns: female, male, other, not recorded.
    @Test
    void newParticipantsAreAAndD() {
        assertArrayEquals(new long[][] {{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}}, cells("participants.new", Y2026));
    }

    @Test
    void activeParticipantsAreAAndBAndE() {
        assertArrayEquals(new long[][] {{0, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0}}, cells("participants.active", Y2026));
    }

    @Test
    void endedIsCAndTheReasonIsNotClarified() {
        assertArrayEquals(new long[][] {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 0, 0}}, cells("participants.ended", Y2026));
        // Reasons: ordinary job, wage-subsidy job, other Nav measure, education, jobseeker, health, AAP or disability, moved, not clarified.
        assertArrayEquals(new long[][] {{0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {1}}, cells("endings.reason", Y2026));
    }

    @Test
    void stageOnTheAsOfDate() {
        // practice (A), six templates (E on praksiskandidat = second), no path, job (B).
        assertArrayEquals(new long[][] {{1}, {0}, {1}, {0}, {0}, {0}, {0}, {0}, {1}}, cells("status.asOf", Y2026));
    }

    @Test
    void jobsByContractAndPercentageAndTheFullTimeShare() {
        // Rows permanent, temporary; columns under 50, 50–79, 80–99, 100. E permanent 100, B temporary 60.
        assertArrayEquals(new long[][] {{0, 0, 0, 1}, {0, 1, 0, 0}}, cells("jobs.asOf", Y2026));
        assertArrayEquals(new long[][] {{1, 1}}, cells("jobs.fullTimeShare", Y2026));
    }

    @Test
    void qualificationsCountOnlyThoseAchievedInThePeriod() {
        assertArrayEquals(new long[][] {{1}, {0}}, cells("qualifications.achieved", Y2026), "B's fagbrev; E's kompetansebevis was 2025");
        assertArrayEquals(new long[][] {{0}, {1}}, cells("qualifications.achieved", Period.ofYear(2025)));
    }

    @Test
    void mentors() {
        assertArrayEquals(new long[][] {{2}}, cells("mentors.active", Y2026), "m1 (A) and m2 (E); B's m1 ended in August");
        assertArrayEquals(new long[][] {{2, 1}}, cells("mentors.coverage", Y2026), "A and E with, B without");
    }

    @Test
    void involvement() {
        assertArrayEquals(new long[][] {{1}, {1}, {0}, {0}, {0}}, cells("involvement.type", Y2026));
        assertArrayEquals(new long[][] {{2, 0}}, cells("involvement.coverage", Y2026), "workplaces 10 and 20, both covered in January");
    }

    @Test
    void anEventForTheWholeMunicipalityCoversEveryWorkplaceWithoutNamingThem() {
        ProgrammeFacts onlyWhole = new ProgrammeFacts(FACTS.candidates(), List.of(
                new ProgrammeFacts.EventFact(d("2026-02-01"), InvolvementType.INFORMATION, Set.of(), true)));
        assertArrayEquals(new long[][] {{2, 0}}, IndicatorCatalogue.find("involvement.coverage").orElseThrow().table(onlyWhole, Y2026).cells());
        ProgrammeFacts onlyOne = new ProgrammeFacts(FACTS.candidates(), List.of(
                new ProgrammeFacts.EventFact(d("2026-02-01"), InvolvementType.DISCUSSION, Set.of(10L), false)));
        assertArrayEquals(new long[][] {{1, 1}}, IndicatorCatalogue.find("involvement.coverage").orElseThrow().table(onlyOne, Y2026).cells());
        ProgrammeFacts wholeLastYear = new ProgrammeFacts(FACTS.candidates(), List.of(
                new ProgrammeFacts.EventFact(d("2025-06-01"), InvolvementType.INFORMATION, Set.of(), true)));
        assertArrayEquals(new long[][] {{0, 2}}, IndicatorCatalogue.find("involvement.coverage").orElseThrow().table(wholeLastYear, Y2026).cells(),
                "only events in the period count");
    }

    @Test
    void followUpsCountOnlyRecordedOnesDueInThePeriod() {
        assertArrayEquals(new long[][] {{0, 1}, {0, 0}}, cells("followUp.relevantWork", Y2026), "C was in education at 6 months");
    }

    @Test
    void theAsOfDateMovesWhoIsActive() {
        Period mid = new Period(2026, d("2026-03-31"));
        // On 31 March: A active, B active (job from April), C active (ended May), E in qualification.
        assertArrayEquals(new long[][] {{0, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 1}, {0, 1, 0, 0}}, cells("participants.active", mid));
    }

    @Test
    void theEvaluationProtectsTablesAndComparesWithLastYear() {
        Evaluation.Result result = Evaluation.compute(FACTS, Y2026, Threshold.NAV);
        assertTrue(result.hasPreviousYear());
        IndicatorResult active = result.indicators().stream().filter(i -> i.indicator().id().equals("participants.active")).findFirst().orElseThrow();
        assertNull(active.current().cell(1, 0), "one 18–24 woman: below 4");
        assertNull(active.current().cell(4, 4), "the total of 3 is below 4 as well");
        assertNotNull(active.previous());
        IndicatorResult meetings = result.indicators().stream().filter(i -> i.indicator().id().equals("involvement.type")).findFirst().orElseThrow();
        assertEquals(1L, meetings.current().cell(0, 0), "meetings are not people and are published");
        assertFalse(result.log().isEmpty());
        assertEquals(IndicatorCatalogue.all().size(), result.indicators().size());
    }

    @Test
    void everyIndicatorHasAStableIdNamesAndDefinitionsInThreeLanguages() {
        List<Indicator> all = IndicatorCatalogue.all();
        assertEquals(all.size(), all.stream().map(Indicator::id).distinct().count());
        for (Indicator i : all) {
            for (String lang : List.of("nb", "nn", "en")) {
                assertFalse(i.name().in(lang).isBlank(), i.id() + " name " + lang);
                assertTrue(i.definition().in(lang).length() > 40, i.id() + " definition " + lang);
            }
        }
    }

    @Test
    void cooperationCountsMeetingsAndDecisionsByPartnerInThePeriodAndIsNotAboutPeople() {
        ProgrammeFacts f = new ProgrammeFacts(FACTS.candidates(), FACTS.events(), List.of(
                new ProgrammeFacts.MeetingFact(LocalDate.of(2026, 3, 1), CooperationPartner.NAV, CooperationKind.MEETING),
                new ProgrammeFacts.MeetingFact(LocalDate.of(2026, 3, 2), CooperationPartner.NAV, CooperationKind.DECISION),
                new ProgrammeFacts.MeetingFact(LocalDate.of(2025, 12, 31), CooperationPartner.NAV, CooperationKind.MEETING),
                new ProgrammeFacts.MeetingFact(LocalDate.of(2026, 2, 1), CooperationPartner.OPPLAERINGSKONTOR, CooperationKind.MEETING)));
        CountTable t = IndicatorCatalogue.find("cooperation.meetings").orElseThrow().table(f, Y2026);
        assertArrayEquals(new long[][] {{1, 1}, {0, 0}, {1, 0}, {0, 0}}, t.cells(), "last year's meeting is not counted");
        assertFalse(t.personCounts(), "meetings are published as they are");
        assertEquals(3, t.grandTotal());
    }

    @Test
    void partTimeHiringsCountJobsBelowFullTimeStartedInThePeriodByWhetherDiscussed() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<EmploymentSpell> spells = List.of(
                new EmploymentSpell(null, 1, null, d, null, 80, true, EmploymentKind.ORDINARY, null, false, 7L),
                new EmploymentSpell(null, 1, null, d.plusDays(1), null, 50, false, EmploymentKind.ORDINARY, null, false, null),
                new EmploymentSpell(null, 1, null, d, null, 100, true, EmploymentKind.ORDINARY, null, false, null),
                new EmploymentSpell(null, 1, null, LocalDate.of(2025, 6, 1), null, 60, true, EmploymentKind.ORDINARY, null, false, 7L));
        CandidateFacts c = new CandidateFacts(1, 2000, Gender.FEMALE, null, d.minusDays(60), List.of(), List.of(), List.of(), spells,
                List.of(), List.of());
        CountTable t = IndicatorCatalogue.find("jobs.partTimeDiscussed").orElseThrow().table(new ProgrammeFacts(List.of(c), List.of()), Y2026);
        assertArrayEquals(new long[][] {{1, 1}}, t.cells(), "full-time and last year's jobs are not counted");
        assertTrue(t.personCounts());
    }

    @Test
    void taskSharingCountsTasksByStatusAndIsNotAboutPeople() {
        ProgrammeFacts f = new ProgrammeFacts(List.of(), List.of(), List.of(), List.of(),
                List.of(TaskStatus.IN_USE, TaskStatus.IN_USE, TaskStatus.IDENTIFIED));
        CountTable t = IndicatorCatalogue.find("tasks.status").orElseThrow().table(f, Y2026);
        assertArrayEquals(new long[][] {{1}, {0}, {2}}, t.cells());
        assertFalse(t.personCounts());
    }
}
