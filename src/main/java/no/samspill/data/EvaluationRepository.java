package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;
import static no.samspill.data.schema.Tables.EMPLOYMENT_SPELL;
import static no.samspill.data.schema.Tables.EVALUATION_NARRATIVE;
import static no.samspill.data.schema.Tables.FOLLOW_UP;
import static no.samspill.data.schema.Tables.INVOLVEMENT_EVENT;
import static no.samspill.data.schema.Tables.INVOLVEMENT_WORKPLACE;
import static no.samspill.data.schema.Tables.MENTOR_ASSIGNMENT;
import static no.samspill.data.schema.Tables.QUALIFICATION;
import static no.samspill.data.schema.Tables.TRAINING_PATH;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.FollowUp;
import no.samspill.domain.Qualification;
import no.samspill.domain.StatusChange;
import no.samspill.evaluation.CandidateFacts;
import no.samspill.evaluation.Narrative;
import no.samspill.evaluation.ProgrammeFacts;
import no.samspill.data.schema.tables.records.EvaluationNarrativeRecord;
import org.jooq.DSLContext;
import no.samspill.data.schema.Tables;

/**
 * Reads what the indicators are computed from. It never selects a name, contact, national id,
 * birth date or note: what is not read cannot end up in a package.
 */
public final class EvaluationRepository {

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Clock clock;

    public EvaluationRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
    }

    public ProgrammeFacts facts(long municipalityId) {
        return dsl.transactionResult(cfg -> read(cfg.dsl(), municipalityId));
    }

    private static ProgrammeFacts read(DSLContext tx, long mid) {
        var ofMunicipality = CANDIDATE.MUNICIPALITY_ID.eq(mid);
        Map<Long, List<StatusChange>> history = tx.select(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID, CANDIDATE_STATUS_CHANGE.STATUS,
                        CANDIDATE_STATUS_CHANGE.EFFECTIVE_DATE, CANDIDATE_STATUS_CHANGE.END_REASON)
                .from(CANDIDATE_STATUS_CHANGE).join(CANDIDATE).on(CANDIDATE.ID.eq(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID)).where(ofMunicipality)
                .orderBy(CANDIDATE_STATUS_CHANGE.EFFECTIVE_DATE, CANDIDATE_STATUS_CHANGE.ID)
                .fetchGroups(r -> r.value1(), r -> new StatusChange(r.value2(), r.value3(),
                        r.value4()));
        Map<Long, List<CandidateFacts.PathFact>> paths = tx.select(TRAINING_PATH.CANDIDATE_ID, TRAINING_PATH.TEMPLATE, TRAINING_PATH.START_DATE)
                .from(TRAINING_PATH).join(CANDIDATE).on(CANDIDATE.ID.eq(TRAINING_PATH.CANDIDATE_ID)).where(ofMunicipality)
                .fetchGroups(r -> r.value1(), r -> new CandidateFacts.PathFact(r.value2(), r.value3()));
        Map<Long, List<Qualification>> qualifications = tx.select(QUALIFICATION.CANDIDATE_ID, QUALIFICATION.KIND, QUALIFICATION.ACHIEVED_DATE)
                .from(QUALIFICATION).join(CANDIDATE).on(CANDIDATE.ID.eq(QUALIFICATION.CANDIDATE_ID)).where(ofMunicipality)
                .fetchGroups(r -> r.value1(), r -> new Qualification(null, r.value1(), null, r.value2(), r.value3()));
        Map<Long, List<EmploymentSpell>> spells = tx.select(EMPLOYMENT_SPELL.CANDIDATE_ID, EMPLOYMENT_SPELL.START_DATE, EMPLOYMENT_SPELL.END_DATE,
                        EMPLOYMENT_SPELL.JOB_PERCENTAGE, EMPLOYMENT_SPELL.PERMANENT, EMPLOYMENT_SPELL.EMPLOYMENT_KIND)
                .from(EMPLOYMENT_SPELL).join(CANDIDATE).on(CANDIDATE.ID.eq(EMPLOYMENT_SPELL.CANDIDATE_ID)).where(ofMunicipality)
                .fetchGroups(r -> r.value1(), r -> new EmploymentSpell(null, r.value1(), null, r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6()));
        Map<Long, List<FollowUp>> followUps = tx.select(FOLLOW_UP.CANDIDATE_ID, FOLLOW_UP.MONTHS_AFTER, FOLLOW_UP.DUE_DATE,
                        FOLLOW_UP.RECORDED_DATE, FOLLOW_UP.OUTCOME)
                .from(FOLLOW_UP).join(CANDIDATE).on(CANDIDATE.ID.eq(FOLLOW_UP.CANDIDATE_ID)).where(ofMunicipality)
                .fetchGroups(r -> r.value1(), r -> new FollowUp(null, r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5()));
        Map<Long, List<CandidateFacts.Period>> mentors = tx.select(MENTOR_ASSIGNMENT.CANDIDATE_ID, MENTOR_ASSIGNMENT.MENTOR_ID,
                        MENTOR_ASSIGNMENT.START_DATE, MENTOR_ASSIGNMENT.END_DATE)
                .from(MENTOR_ASSIGNMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(MENTOR_ASSIGNMENT.CANDIDATE_ID)).where(ofMunicipality)
                .fetchGroups(r -> r.value1(), r -> new CandidateFacts.Period(r.value2(), r.value3(), r.value4()));
        List<CandidateFacts> candidates = new ArrayList<>();
        tx.select(CANDIDATE.ID, CANDIDATE.BIRTH_YEAR, CANDIDATE.GENDER, CANDIDATE.MAIN_WORKPLACE_ID, CANDIDATE.REFERRAL_DATE)
                .from(CANDIDATE).where(ofMunicipality).orderBy(CANDIDATE.ID)
                .forEach(r -> candidates.add(new CandidateFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        history.getOrDefault(r.value1(), List.of()), paths.getOrDefault(r.value1(), List.of()),
                        qualifications.getOrDefault(r.value1(), List.of()), spells.getOrDefault(r.value1(), List.of()),
                        followUps.getOrDefault(r.value1(), List.of()), mentors.getOrDefault(r.value1(), List.of()))));
        Map<Long, List<Long>> covered = tx.select(INVOLVEMENT_WORKPLACE.EVENT_ID, INVOLVEMENT_WORKPLACE.WORKPLACE_ID).from(INVOLVEMENT_WORKPLACE)
                .join(INVOLVEMENT_EVENT).on(INVOLVEMENT_EVENT.ID.eq(INVOLVEMENT_WORKPLACE.EVENT_ID))
                .where(INVOLVEMENT_EVENT.MUNICIPALITY_ID.eq(mid))
                .fetchGroups(r -> r.value1(), r -> r.value2());
        List<ProgrammeFacts.EventFact> events = tx.select(INVOLVEMENT_EVENT.ID, INVOLVEMENT_EVENT.EVENT_DATE, INVOLVEMENT_EVENT.EVENT_TYPE,
                        INVOLVEMENT_EVENT.EVENT_LEVEL)
                .from(INVOLVEMENT_EVENT).where(INVOLVEMENT_EVENT.MUNICIPALITY_ID.eq(mid)).orderBy(INVOLVEMENT_EVENT.ID)
                .fetch(r -> new ProgrammeFacts.EventFact(r.value2(), r.value3(),
                        new HashSet<>(covered.getOrDefault(r.value1(), List.of())), r.value4() == InvolvementLevel.MUNICIPALITY));
        return new ProgrammeFacts(candidates, events);
    }

    public Narrative narrative(long municipalityId, int year) {
        return dsl.selectFrom(EVALUATION_NARRATIVE)
                .where(EVALUATION_NARRATIVE.MUNICIPALITY_ID.eq(municipalityId).and(EVALUATION_NARRATIVE.REPORT_YEAR.eq(year)))
                .fetchOptional(r -> new Narrative(text(r.getWhatWorked()), text(r.getBarriers()), text(r.getCooperation()), text(r.getPlans())))
                .orElse(Narrative.EMPTY);
    }

    public void save(long municipalityId, int year, Narrative n) {
        n.validate();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            EvaluationNarrativeRecord r = tx.selectFrom(EVALUATION_NARRATIVE)
                    .where(EVALUATION_NARRATIVE.MUNICIPALITY_ID.eq(municipalityId).and(EVALUATION_NARRATIVE.REPORT_YEAR.eq(year)))
                    .forUpdate().fetchOptional().orElse(null);
            boolean create = r == null;
            if (create) {
                r = tx.newRecord(EVALUATION_NARRATIVE);
                r.setMunicipalityId(municipalityId);
                r.setReportYear(year);
            }
            r.setWhatWorked(n.whatWorked());
            r.setBarriers(n.barriers());
            r.setCooperation(n.cooperation());
            r.setPlans(n.plans());
            r.store();
            audit.record(tx, AuditLog.entity(EVALUATION_NARRATIVE), r.getId(),
                    create ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, List.of("whatWorked", "barriers", "cooperation", "plans"));
        });
    }

    /** Names and national ids of everyone in the municipality's register, for checking the narrative. */
    public List<String> personalValues(long municipalityId) {
        List<String> values = new ArrayList<>();
        values.addAll(dsl.select(CANDIDATE.FULL_NAME).from(CANDIDATE).where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId)).fetch(CANDIDATE.FULL_NAME));
        values.addAll(dsl.select(CANDIDATE.NATIONAL_ID).from(CANDIDATE)
                .where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(CANDIDATE.NATIONAL_ID.isNotNull())).fetch(CANDIDATE.NATIONAL_ID));
        values.addAll(dsl.select(Tables.MENTOR.FULL_NAME).from(Tables.MENTOR)
                .where(Tables.MENTOR.MUNICIPALITY_ID.eq(municipalityId)).fetch(Tables.MENTOR.FULL_NAME));
        values.addAll(dsl.select(Tables.UNION_REPRESENTATIVE.FULL_NAME).from(Tables.UNION_REPRESENTATIVE)
                .where(Tables.UNION_REPRESENTATIVE.MUNICIPALITY_ID.eq(municipalityId))
                .fetch(Tables.UNION_REPRESENTATIVE.FULL_NAME));
        return values.stream().distinct().collect(Collectors.toList());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
