package no.samspill.data;

import static no.samspill.data.schema.Tables.APPRENTICESHIP_CONTRACT;
import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;
import static no.samspill.data.schema.Tables.EMPLOYMENT_SPELL;
import static no.samspill.data.schema.Tables.FOLLOW_UP;
import static no.samspill.data.schema.Tables.INCOME_PERIOD;
import static no.samspill.data.schema.Tables.COOPERATION_MEETING;
import static no.samspill.data.schema.Tables.SHARED_TASK;
import static no.samspill.data.schema.Tables.WORKPLACE;
import static no.samspill.data.schema.Tables.WORKPLACE_PLAN;
import static no.samspill.data.schema.Tables.INVOLVEMENT_EVENT;
import static no.samspill.data.schema.Tables.INVOLVEMENT_WORKPLACE;
import static no.samspill.data.schema.Tables.MENTOR_ASSIGNMENT;
import static no.samspill.data.schema.Tables.NAV_MEASURE;
import static no.samspill.data.schema.Tables.QUALIFICATION;
import static no.samspill.data.schema.Tables.TRAINING_PATH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.samspill.domain.ApprenticeshipContract;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.IncomePeriod;
import no.samspill.domain.FollowUp;
import no.samspill.domain.Gender;
import no.samspill.domain.Programme;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.Qualification;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TaskStatus;
import no.samspill.evaluation.CandidateFacts;
import no.samspill.evaluation.ProgrammeFacts;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * Reads a municipality's facts for the indicators. Each child table is read in one pass without a
 * join or an ORDER BY, streamed row by row, and kept only for the municipality's candidates; the
 * order within a candidate is set here. At 100,000 candidates H2 otherwise looked up every
 * candidate's rows through an index and spilled the sorted results to disk (8 s instead of about 2 s).
 */
final class FactsReader {

    private record Change(long id, StatusChange change) {
    }

    private final DSLContext tx;
    private final Map<Long, Integer> index = new HashMap<>();

    FactsReader(DSLContext tx) {
        this.tx = tx;
    }

    ProgrammeFacts read(long mid) {
        record Row(long id, int birthYear, Gender gender, Long workplace, LocalDate referred, Programme programme) {
        }
        List<Row> rows = new ArrayList<>();
        stream(tx.select(CANDIDATE.ID, CANDIDATE.BIRTH_YEAR, CANDIDATE.GENDER, CANDIDATE.MAIN_WORKPLACE_ID, CANDIDATE.REFERRAL_DATE,
                CANDIDATE.PROGRAMME)
                .from(CANDIDATE).where(CANDIDATE.MUNICIPALITY_ID.eq(mid)), r -> rows.add(new Row(r.value1(), r.value2(), r.value3(),
                r.value4(), r.value5(), r.value6())));
        rows.sort(Comparator.comparingLong(Row::id));
        int n = rows.size();
        for (int i = 0; i < n; i++) {
            index.put(rows.get(i).id(), i);
        }
        List<List<Change>> history = lists(n);
        List<List<CandidateFacts.PathFact>> paths = lists(n);
        List<List<Qualification>> qualifications = lists(n);
        List<List<EmploymentSpell>> spells = lists(n);
        List<List<FollowUp>> followUps = lists(n);
        List<List<CandidateFacts.Period>> mentors = lists(n);
        List<List<MeasurePeriod>> measures = lists(n);
        List<List<ApprenticeshipContract>> contracts = lists(n);
        List<List<IncomePeriod>> incomes = lists(n);
        stream(tx.select(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID, CANDIDATE_STATUS_CHANGE.ID, CANDIDATE_STATUS_CHANGE.STATUS,
                CANDIDATE_STATUS_CHANGE.EFFECTIVE_DATE, CANDIDATE_STATUS_CHANGE.END_REASON).from(CANDIDATE_STATUS_CHANGE),
                r -> add(history, r.value1(), new Change(r.value2(), new StatusChange(r.value3(), r.value4(), r.value5()))));
        stream(tx.select(TRAINING_PATH.CANDIDATE_ID, TRAINING_PATH.TEMPLATE, TRAINING_PATH.START_DATE).from(TRAINING_PATH),
                r -> add(paths, r.value1(), new CandidateFacts.PathFact(r.value2(), r.value3())));
        stream(tx.select(QUALIFICATION.CANDIDATE_ID, QUALIFICATION.KIND, QUALIFICATION.ACHIEVED_DATE).from(QUALIFICATION),
                r -> add(qualifications, r.value1(), new Qualification(null, r.value1(), null, r.value2(), r.value3())));
        stream(tx.select(EMPLOYMENT_SPELL.CANDIDATE_ID, EMPLOYMENT_SPELL.START_DATE, EMPLOYMENT_SPELL.END_DATE, EMPLOYMENT_SPELL.JOB_PERCENTAGE,
                EMPLOYMENT_SPELL.PERMANENT, EMPLOYMENT_SPELL.EMPLOYMENT_KIND, EMPLOYMENT_SPELL.STYRK_CODE, EMPLOYMENT_SPELL.NEW_POST,
                EMPLOYMENT_SPELL.DISCUSSION_EVENT_ID).from(EMPLOYMENT_SPELL),
                r -> add(spells, r.value1(), new EmploymentSpell(null, r.value1(), null, r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9())));
        stream(tx.select(FOLLOW_UP.CANDIDATE_ID, FOLLOW_UP.MONTHS_AFTER, FOLLOW_UP.DUE_DATE, FOLLOW_UP.RECORDED_DATE, FOLLOW_UP.OUTCOME)
                .from(FOLLOW_UP), r -> add(followUps, r.value1(), new FollowUp(null, r.value1(), r.value2(), r.value3(), r.value4(), r.value5())));
        stream(tx.select(MENTOR_ASSIGNMENT.CANDIDATE_ID, MENTOR_ASSIGNMENT.MENTOR_ID, MENTOR_ASSIGNMENT.START_DATE, MENTOR_ASSIGNMENT.END_DATE)
                .from(MENTOR_ASSIGNMENT), r -> add(mentors, r.value1(), new CandidateFacts.Period(r.value2(), r.value3(), r.value4())));
        stream(tx.select(NAV_MEASURE.CANDIDATE_ID, NAV_MEASURE.MEASURE_CODE, NAV_MEASURE.START_DATE, NAV_MEASURE.END_DATE).from(NAV_MEASURE),
                r -> add(measures, r.value1(), new MeasurePeriod(null, r.value1(), r.value2(), r.value3(), r.value4(), null)));
        stream(tx.select(APPRENTICESHIP_CONTRACT.CANDIDATE_ID, APPRENTICESHIP_CONTRACT.SIGNED_DATE, APPRENTICESHIP_CONTRACT.GUARANTEED)
                .from(APPRENTICESHIP_CONTRACT), r -> add(contracts, r.value1(), new ApprenticeshipContract(null, r.value1(), r.value2(), r.value3(), null)));
        stream(tx.select(INCOME_PERIOD.CANDIDATE_ID, INCOME_PERIOD.INCOME_SOURCE, INCOME_PERIOD.START_DATE, INCOME_PERIOD.END_DATE)
                .from(INCOME_PERIOD), r -> add(incomes, r.value1(), new IncomePeriod(null, r.value1(), r.value2(), r.value3(), r.value4())));
        List<CandidateFacts> candidates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            candidates.add(new CandidateFacts(r.id(), r.birthYear(), r.gender(), r.workplace(), r.referred(), ordered(history.get(i)),
                    paths.get(i), qualifications.get(i), spells.get(i), followUps.get(i), mentors.get(i), r.programme(),
                    byStart(measures.get(i)), contracts.get(i), incomes.get(i)));
        }
        return new ProgrammeFacts(candidates, events(mid), meetings(mid), plans(mid), tasks(mid));
    }

    /** A candidate's history by effective date, and in the order it was recorded on the same day. */
    private static List<StatusChange> ordered(List<Change> changes) {
        changes.sort(Comparator.comparing((Change c) -> c.change().date()).thenComparingLong(Change::id));
        List<StatusChange> out = new ArrayList<>(changes.size());
        for (Change c : changes) {
            out.add(c.change());
        }
        return out;
    }

    private static List<MeasurePeriod> byStart(List<MeasurePeriod> periods) {
        periods.sort(Comparator.comparing(MeasurePeriod::start).thenComparing(MeasurePeriod::measure));
        return periods;
    }

    private List<ProgrammeFacts.EventFact> events(long mid) {
        Map<Long, Set<Long>> covered = new HashMap<>();
        stream(tx.select(INVOLVEMENT_WORKPLACE.EVENT_ID, INVOLVEMENT_WORKPLACE.WORKPLACE_ID).from(INVOLVEMENT_WORKPLACE)
                .join(INVOLVEMENT_EVENT).on(INVOLVEMENT_EVENT.ID.eq(INVOLVEMENT_WORKPLACE.EVENT_ID)).where(INVOLVEMENT_EVENT.MUNICIPALITY_ID.eq(mid)),
                r -> covered.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return tx.select(INVOLVEMENT_EVENT.ID, INVOLVEMENT_EVENT.EVENT_DATE, INVOLVEMENT_EVENT.EVENT_TYPE, INVOLVEMENT_EVENT.EVENT_LEVEL)
                .from(INVOLVEMENT_EVENT).where(INVOLVEMENT_EVENT.MUNICIPALITY_ID.eq(mid)).orderBy(INVOLVEMENT_EVENT.ID)
                .fetch(r -> new ProgrammeFacts.EventFact(r.value2(), r.value3(), covered.getOrDefault(r.value1(), Set.of()),
                        r.value4() == InvolvementLevel.MUNICIPALITY));
    }

    private List<ProgrammeFacts.MeetingFact> meetings(long mid) {
        return tx.select(COOPERATION_MEETING.MEETING_DATE, COOPERATION_MEETING.PARTNER, COOPERATION_MEETING.MEETING_KIND)
                .from(COOPERATION_MEETING).where(COOPERATION_MEETING.MUNICIPALITY_ID.eq(mid)).orderBy(COOPERATION_MEETING.ID)
                .fetch(r -> new ProgrammeFacts.MeetingFact(r.value1(), r.value2(), r.value3()));
    }

    private List<ProgrammeFacts.PlanFact> plans(long mid) {
        return tx.select(WORKPLACE_PLAN.WORKPLACE_ID, WORKPLACE.WORKPLACE_TYPE, WORKPLACE_PLAN.PERIOD_START, WORKPLACE_PLAN.PERIOD_END,
                        WORKPLACE_PLAN.CANDIDATE_PLACES).from(WORKPLACE_PLAN).join(WORKPLACE).on(WORKPLACE.ID.eq(WORKPLACE_PLAN.WORKPLACE_ID))
                .where(WORKPLACE_PLAN.MUNICIPALITY_ID.eq(mid)).orderBy(WORKPLACE_PLAN.ID)
                .fetch(r -> new ProgrammeFacts.PlanFact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private List<TaskStatus> tasks(long mid) {
        return tx.select(SHARED_TASK.TASK_STATUS).from(SHARED_TASK).where(SHARED_TASK.MUNICIPALITY_ID.eq(mid)).orderBy(SHARED_TASK.ID)
                .fetch(SHARED_TASK.TASK_STATUS);
    }

    private <T> void add(List<List<T>> lists, Long candidateId, T value) {
        Integer i = index.get(candidateId);
        if (i != null) {
            lists.get(i).add(value);
        }
    }

    private static <T> List<List<T>> lists(int n) {
        List<List<T>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(2));
        }
        return out;
    }

    /** Row by row, without holding the whole result; H2 streams it when the session runs queries lazily. */
    private static <R extends Record> void stream(ResultQuery<R> query, Consumer<R> each) {
        try (var cursor = query.fetchSize(1000).fetchLazy()) {
            cursor.forEach(each);
        }
    }
}
