package no.samspill.data;

import static no.samspill.data.schema.Tables.APPRENTICESHIP_CONTRACT;
import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.INCOME_PERIOD;
import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;
import static no.samspill.data.schema.Tables.EMPLOYMENT_SPELL;
import static no.samspill.data.schema.Tables.FOLLOW_UP;
import static no.samspill.data.schema.Tables.MENTOR_ASSIGNMENT;
import static no.samspill.data.schema.Tables.NAV_MEASURE;
import static no.samspill.data.schema.Tables.QUALIFICATION;
import static no.samspill.data.schema.Tables.TRAINING_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.ApprenticeshipContract;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.IncomePeriod;
import no.samspill.domain.FollowUp;
import no.samspill.domain.Municipality;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.Qualification;
import no.samspill.domain.StatusChange;
import no.samspill.evaluation.CandidateFacts;
import no.samspill.evaluation.ProgrammeFacts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed table scans give the same facts as asking for each candidate's rows one by one,
 * ordered by the database, and keep other municipalities' rows out.
 */
class FactsReaderTest {

    @TempDir Path dir;
    TestDatabase db;

    @AfterEach
    void close() {
        db.database.close();
    }

    @Test
    void theSameFactsAsOneCandidateAtATime() {
        db = new TestDatabase(dir);
        long demo = db.demo.create("Fjordvik").id();
        long other = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        for (int i = 0; i < 5; i++) {
            db.candidate(other, "Annen Kandidat " + i, null, LocalDate.of(2026, 2, 1 + i));
        }
        EvaluationRepository repo = db.repositories.evaluation();
        for (long mid : new long[] {demo, other}) {
            ProgrammeFacts facts = repo.facts(mid);
            List<CandidateFacts> expected = oneByOne(db.database.dsl(), mid);
            assertTrue(expected.size() >= 5);
            assertEquals(expected, facts.candidates());
        }
        assertTrue(repo.facts(demo).candidates().stream().anyMatch(c -> c.history().size() > 2), "the demo has histories worth ordering");
        assertTrue(repo.facts(demo).candidates().stream().anyMatch(c -> !c.incomes().isEmpty() && !c.apprenticeships().isEmpty()),
                "the demo has income periods and lærekontrakter to read");
    }

    private static List<CandidateFacts> oneByOne(DSLContext dsl, long mid) {
        return dsl.selectFrom(CANDIDATE).where(CANDIDATE.MUNICIPALITY_ID.eq(mid)).orderBy(CANDIDATE.ID).fetch(c -> {
            long id = c.getId();
            List<StatusChange> history = dsl.selectFrom(CANDIDATE_STATUS_CHANGE).where(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID.eq(id))
                    .orderBy(CANDIDATE_STATUS_CHANGE.EFFECTIVE_DATE, CANDIDATE_STATUS_CHANGE.ID)
                    .fetch(r -> new StatusChange(r.getStatus(), r.getEffectiveDate(), r.getEndReason()));
            List<CandidateFacts.PathFact> paths = dsl.selectFrom(TRAINING_PATH).where(TRAINING_PATH.CANDIDATE_ID.eq(id)).orderBy(TRAINING_PATH.ID)
                    .fetch(r -> new CandidateFacts.PathFact(r.getTemplate(), r.getStartDate()));
            List<Qualification> qualifications = dsl.selectFrom(QUALIFICATION).where(QUALIFICATION.CANDIDATE_ID.eq(id))
                    .orderBy(QUALIFICATION.ID).fetch(r -> new Qualification(null, id, null, r.getKind(), r.getAchievedDate()));
            List<EmploymentSpell> spells = dsl.selectFrom(EMPLOYMENT_SPELL).where(EMPLOYMENT_SPELL.CANDIDATE_ID.eq(id)).orderBy(EMPLOYMENT_SPELL.ID)
                    .fetch(r -> new EmploymentSpell(null, id, null, r.getStartDate(), r.getEndDate(), r.getJobPercentage(), r.getPermanent(),
                            r.getEmploymentKind(), r.getStyrkCode(), r.getNewPost(), r.getDiscussionEventId()));
            List<FollowUp> followUps = dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.CANDIDATE_ID.eq(id)).orderBy(FOLLOW_UP.ID)
                    .fetch(r -> new FollowUp(null, id, r.getMonthsAfter(), r.getDueDate(), r.getRecordedDate(), r.getOutcome()));
            List<CandidateFacts.Period> mentors = dsl.selectFrom(MENTOR_ASSIGNMENT).where(MENTOR_ASSIGNMENT.CANDIDATE_ID.eq(id))
                    .orderBy(MENTOR_ASSIGNMENT.ID).fetch(r -> new CandidateFacts.Period(r.getMentorId(), r.getStartDate(), r.getEndDate()));
            List<MeasurePeriod> measures = dsl.selectFrom(NAV_MEASURE).where(NAV_MEASURE.CANDIDATE_ID.eq(id))
                    .orderBy(NAV_MEASURE.START_DATE, NAV_MEASURE.MEASURE_CODE)
                    .fetch(r -> new MeasurePeriod(null, id, r.getMeasureCode(), r.getStartDate(), r.getEndDate(), null));
            List<ApprenticeshipContract> contracts = dsl.selectFrom(APPRENTICESHIP_CONTRACT).where(APPRENTICESHIP_CONTRACT.CANDIDATE_ID.eq(id))
                    .orderBy(APPRENTICESHIP_CONTRACT.ID).fetch(r -> new ApprenticeshipContract(null, id, r.getSignedDate(), r.getGuaranteed(), null));
            List<IncomePeriod> incomes = dsl.selectFrom(INCOME_PERIOD).where(INCOME_PERIOD.CANDIDATE_ID.eq(id)).orderBy(INCOME_PERIOD.ID)
                    .fetch(r -> new IncomePeriod(null, id, r.getIncomeSource(), r.getStartDate(), r.getEndDate()));
            return new CandidateFacts(id, c.getBirthYear(), c.getGender(), c.getMainWorkplaceId(), c.getReferralDate(), history, paths,
                    qualifications, spells, followUps, mentors, c.getProgramme(), measures, contracts, incomes);
        });
    }
}
