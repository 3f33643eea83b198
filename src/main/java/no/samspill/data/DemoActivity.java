package no.samspill.data;

import static no.samspill.data.schema.Tables.APPRENTICESHIP_CONTRACT;
import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.EMPLOYMENT_SPELL;
import static no.samspill.data.schema.Tables.FOLLOW_UP;
import static no.samspill.data.schema.Tables.INCOME_PERIOD;
import static no.samspill.data.schema.Tables.INVOLVEMENT_EVENT;
import static no.samspill.data.schema.Tables.INVOLVEMENT_PARTICIPANT;
import static no.samspill.data.schema.Tables.INVOLVEMENT_WORKPLACE;
import static no.samspill.data.schema.Tables.NAV_MEASURE;
import static no.samspill.data.schema.Tables.PROGRAMME_GRANT;
import static no.samspill.data.schema.Tables.REPORT_DEADLINE;
import static no.samspill.data.schema.Tables.TRAINING_PATH;
import static no.samspill.data.schema.Tables.TRAINING_STEP;

import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.FollowUp;
import no.samspill.domain.IncomeSource;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.NavMeasure;
import no.samspill.domain.Programme;
import no.samspill.domain.StepStatus;
import no.samspill.domain.TrainingTemplate;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import java.util.Map;

/**
 * The year's activity of the demo municipality: training paths, jobs, follow-ups and involvement,
 * so every screen has something to show. Step names are in bokmål, as a coordinator would have typed them.
 */
final class DemoActivity {

    private static final Map<TrainingTemplate.StepKind, String> STEP_NAMES = Map.of(
            TrainingTemplate.StepKind.PRIOR_LEARNING_ASSESSMENT, "Realkompetansevurdering",
            TrainingTemplate.StepKind.PRACTICE, "Praksis",
            TrainingTemplate.StepKind.THEORY, "Teori",
            TrainingTemplate.StepKind.TRADE_TEST, "Fagprøve",
            TrainingTemplate.StepKind.RELEVANT_WORK, "Relevant arbeid",
            TrainingTemplate.StepKind.THEORY_EXAM, "Teorieksamen");

    private final DSLContext tx;
    private final LocalDate today;
    private Long partTimeDiscussion;

    DemoActivity(DSLContext tx, LocalDate today) {
        this.tx = tx;
        this.today = today;
    }

    /** What a candidate who has reached {@code status} would have on record. */
    void forCandidate(long candidateId, int index, CandidateStatus status, LocalDate referred, LocalDate ended, long workplaceId) {
        if (status != CandidateStatus.REFERRED) {
            // Nav follows the programme's candidates through Arbeid med støtte from soon after referral.
            measure(candidateId, NavMeasure.UTVAOONAV, referred.plusDays(14), status == CandidateStatus.ENDED ? ended : null);
        }
        if (status == CandidateStatus.ACTIVE) {
            measure(candidateId, NavMeasure.ARBTREN, referred.plusDays(21), null);
        }
        if (status == CandidateStatus.IN_QUALIFICATION || status == CandidateStatus.IN_JOB) {
            TrainingTemplate template = index % 2 == 0 ? TrainingTemplate.FAGBREV_PA_JOBB : TrainingTemplate.PRAKSISKANDIDAT;
            // Started so that one step is past due and one falls due within two weeks.
            LocalDate pathStart = template == TrainingTemplate.FAGBREV_PA_JOBB
                    ? today.minusMonths(12).minusDays(10).plusDays(index) : today.minusMonths(6).plusDays(5 + index);
            path(candidateId, template, pathStart);
            if (template == TrainingTemplate.FAGBREV_PA_JOBB && !pathStart.plusDays(30).isAfter(today)) {
                contract(candidateId, pathStart.plusDays(30), false);
            }
            // Work training first, then the move into the qualification path.
            measure(candidateId, NavMeasure.ARBTREN, pathStart.minusMonths(4), pathStart.minusDays(1));
        }
        if (status == CandidateStatus.IN_JOB) {
            LocalDate start = referred.plusDays(70);
            spell(candidateId, workplaceId, start, start.plusMonths(6), 60, false, null, false, null);
            // Some go on part time: most of those hirings were discussed with the tillitsvalgte, one was not.
            int percentage = index == 3 || index == 13 || index == 18 ? 80 : 100;
            spell(candidateId, workplaceId, start.plusMonths(6).plusDays(1), null, percentage, true, "5321", index % 3 == 0,
                    percentage < 100 && index != 18 ? partTimeDiscussion : null);
            if (index % 2 == 0) {
                measure(candidateId, NavMeasure.MIDLONTIL, start, start.plusMonths(6));
            }
        }
        if (status == CandidateStatus.ENDED && index % 5 == 4) {
            menniHelse(candidateId, referred, ended);
        }
        if (status == CandidateStatus.ENDED) {
            for (FollowUp f : FollowUp.dueAfterEnding(candidateId, ended)) {
                tx.insertInto(FOLLOW_UP).set(FOLLOW_UP.CANDIDATE_ID, candidateId).set(FOLLOW_UP.MONTHS_AFTER, f.monthsAfter())
                        .set(FOLLOW_UP.DUE_DATE, f.due()).execute();
            }
        }
    }

    private void path(long candidateId, TrainingTemplate template, LocalDate start) {
        long pathId = tx.insertInto(TRAINING_PATH).set(TRAINING_PATH.CANDIDATE_ID, candidateId)
                .set(TRAINING_PATH.TEMPLATE, template).set(TRAINING_PATH.TITLE, title(template))
                .set(TRAINING_PATH.START_DATE, start).returning(TRAINING_PATH.ID).fetchOne(TRAINING_PATH.ID);
        for (TrainingTemplate.PlannedStep p : template.plan(start)) {
            boolean done = p.plannedDate().isBefore(today.minusMonths(2));
            tx.insertInto(TRAINING_STEP).set(TRAINING_STEP.PATH_ID, pathId).set(TRAINING_STEP.POSITION, p.position())
                    .set(TRAINING_STEP.TITLE, STEP_NAMES.getOrDefault(p.kind(), p.kind().name()))
                    .set(TRAINING_STEP.PLANNED_DATE, p.plannedDate())
                    .set(TRAINING_STEP.DONE_DATE, done ? p.plannedDate() : null)
                    .set(TRAINING_STEP.STATUS, done ? StepStatus.DONE : StepStatus.PLANNED).execute();
        }
    }

    private static String title(TrainingTemplate template) {
        return template == TrainingTemplate.FAGBREV_PA_JOBB ? "Fagbrev på jobb" : "Praksiskandidat";
    }

    private void measure(long candidateId, NavMeasure measure, LocalDate start, LocalDate end) {
        tx.insertInto(NAV_MEASURE).set(NAV_MEASURE.CANDIDATE_ID, candidateId).set(NAV_MEASURE.MEASURE_CODE, measure)
                .set(NAV_MEASURE.START_DATE, start).set(NAV_MEASURE.END_DATE, end != null && end.isBefore(start) ? start : end)
                .set(NAV_MEASURE.NAV_OFFICE_ID, DSL.select(CANDIDATE.NAV_OFFICE_ID).from(CANDIDATE).where(CANDIDATE.ID.eq(candidateId)))
                .execute();
    }

    /** The Menn i helse model: a guaranteed læreplass, first on a Nav benefit, then on the municipality's wage. */
    private void menniHelse(long candidateId, LocalDate referred, LocalDate ended) {
        LocalDate wage = referred.plusMonths(2);
        LocalDate benefitEnd = wage.isBefore(ended) ? wage.minusDays(1) : ended;
        income(candidateId, IncomeSource.NAV_BENEFIT, referred, benefitEnd);
        if (wage.isBefore(ended)) {
            income(candidateId, IncomeSource.MUNICIPAL_WAGE, wage, ended);
        }
        contract(candidateId, referred.plusDays(10), true);
    }

    private void income(long candidateId, IncomeSource source, LocalDate start, LocalDate end) {
        tx.insertInto(INCOME_PERIOD).set(INCOME_PERIOD.CANDIDATE_ID, candidateId).set(INCOME_PERIOD.INCOME_SOURCE, source)
                .set(INCOME_PERIOD.START_DATE, start).set(INCOME_PERIOD.END_DATE, end).execute();
    }

    private void contract(long candidateId, LocalDate signed, boolean guaranteed) {
        tx.insertInto(APPRENTICESHIP_CONTRACT).set(APPRENTICESHIP_CONTRACT.CANDIDATE_ID, candidateId)
                .set(APPRENTICESHIP_CONTRACT.SIGNED_DATE, signed.isAfter(today) ? today : signed)
                .set(APPRENTICESHIP_CONTRACT.GUARANTEED, guaranteed).execute();
    }

    /** This year's grants for the two programmes the demo runs, and two reporting deadlines. */
    void grants(long municipalityId) {
        int year = today.getYear();
        grant(municipalityId, Programme.RECRUITMENT_THROUGH_INCLUSION, year, 850_000, 850_000, 612_500);
        grant(municipalityId, Programme.MENN_I_HELSE, year, 150_000, 150_000, 96_000);
        deadline(municipalityId, "Evalueringspakke til det nasjonale kontaktmøtet", today.plusDays(20));
        deadline(municipalityId, "Tilskuddsrapport til Helsedirektoratet (Tilskuddsportalen)", LocalDate.of(year + 1, 2, 1));
    }

    private void grant(long municipalityId, Programme programme, int year, long granted, long received, long spent) {
        tx.insertInto(PROGRAMME_GRANT).set(PROGRAMME_GRANT.MUNICIPALITY_ID, municipalityId).set(PROGRAMME_GRANT.PROGRAMME, programme)
                .set(PROGRAMME_GRANT.GRANT_YEAR, year).set(PROGRAMME_GRANT.GRANTED, granted).set(PROGRAMME_GRANT.RECEIVED, received)
                .set(PROGRAMME_GRANT.SPENT, spent).execute();
    }

    private void deadline(long municipalityId, String title, LocalDate due) {
        tx.insertInto(REPORT_DEADLINE).set(REPORT_DEADLINE.MUNICIPALITY_ID, municipalityId).set(REPORT_DEADLINE.TITLE, title)
                .set(REPORT_DEADLINE.DUE_DATE, due).execute();
    }

    private void spell(long candidateId, long workplaceId, LocalDate start, LocalDate end, int percentage, boolean permanent,
                       String styrk, boolean newPost, Long discussion) {
        tx.insertInto(EMPLOYMENT_SPELL).set(EMPLOYMENT_SPELL.CANDIDATE_ID, candidateId).set(EMPLOYMENT_SPELL.WORKPLACE_ID, workplaceId)
                .set(EMPLOYMENT_SPELL.START_DATE, start).set(EMPLOYMENT_SPELL.END_DATE, end)
                .set(EMPLOYMENT_SPELL.JOB_PERCENTAGE, percentage).set(EMPLOYMENT_SPELL.PERMANENT, permanent)
                .set(EMPLOYMENT_SPELL.EMPLOYMENT_KIND, EmploymentKind.ORDINARY).set(EMPLOYMENT_SPELL.STYRK_CODE, styrk)
                .set(EMPLOYMENT_SPELL.NEW_POST, newPost).set(EMPLOYMENT_SPELL.DISCUSSION_EVENT_ID, discussion).execute();
    }

    /** The information meeting at the start of the year and a drøfting about part-time positions; returns the drøfting. */
    long involvement(long municipalityId, List<Long> workplaces, List<Long> representatives) {
        LocalDate january = LocalDate.of(today.getYear(), 1, 15);
        long info = event(municipalityId, january, InvolvementType.INFORMATION, InvolvementLevel.MUNICIPALITY,
                "Programmet presentert for de tillitsvalgte", "Alle arbeidssteder er informert.");
        workplaces.forEach(w -> link(info, w));
        representatives.forEach(r -> participant(info, r));
        long discussion = event(municipalityId, january.plusMonths(2), InvolvementType.DISCUSSION, InvolvementLevel.WORKPLACE,
                "Deltidsstillinger for kandidater", "Enighet om å prøve 80 % som laveste stilling.");
        link(discussion, workplaces.get(0));
        participant(discussion, representatives.get(0));
        partTimeDiscussion = discussion;
        return discussion;
    }

    private long event(long municipalityId, LocalDate date, InvolvementType type, InvolvementLevel level, String topic, String outcome) {
        return tx.insertInto(INVOLVEMENT_EVENT).set(INVOLVEMENT_EVENT.MUNICIPALITY_ID, municipalityId)
                .set(INVOLVEMENT_EVENT.EVENT_DATE, date.isAfter(today) ? today : date).set(INVOLVEMENT_EVENT.EVENT_TYPE, type)
                .set(INVOLVEMENT_EVENT.EVENT_LEVEL, level).set(INVOLVEMENT_EVENT.TOPIC, topic)
                .set(INVOLVEMENT_EVENT.OUTCOME, outcome).returning(INVOLVEMENT_EVENT.ID).fetchOne(INVOLVEMENT_EVENT.ID);
    }

    private void link(long eventId, long workplaceId) {
        tx.insertInto(INVOLVEMENT_WORKPLACE).set(INVOLVEMENT_WORKPLACE.EVENT_ID, eventId)
                .set(INVOLVEMENT_WORKPLACE.WORKPLACE_ID, workplaceId).execute();
    }

    private void participant(long eventId, long representativeId) {
        tx.insertInto(INVOLVEMENT_PARTICIPANT).set(INVOLVEMENT_PARTICIPANT.EVENT_ID, eventId)
                .set(INVOLVEMENT_PARTICIPANT.UNION_REPRESENTATIVE_ID, representativeId).execute();
    }
}
