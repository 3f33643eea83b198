package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.EMPLOYMENT_SPELL;
import static no.samspill.data.schema.Tables.FOLLOW_UP;
import static no.samspill.data.schema.Tables.INVOLVEMENT_EVENT;
import static no.samspill.data.schema.Tables.MENTOR;
import static no.samspill.data.schema.Tables.MENTOR_ASSIGNMENT;
import static no.samspill.data.schema.Tables.MUNICIPALITY;
import static no.samspill.data.schema.Tables.PARTNER_ORGANISATION;
import static no.samspill.data.schema.Tables.QUALIFICATION;
import static no.samspill.data.schema.Tables.TRAINING_PATH;
import static no.samspill.data.schema.Tables.TRAINING_STEP;
import static no.samspill.data.schema.Tables.UNION_REPRESENTATIVE;
import static no.samspill.data.schema.Tables.WORKPLACE;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.domain.AuditEntry;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SelectConditionStep;
import org.jooq.Table;

/**
 * The names the audit viewer shows beside an entry: the record's own name, or for what belongs to
 * a candidate (a job, a step) the candidate's. Read from the records as they are now, so the log
 * itself keeps no names; a deleted record has none.
 */
final class AuditNames {

    private final Map<String, Function<Set<Long>, SelectConditionStep<Record2<Long, String>>>> queries = new HashMap<>();

    AuditNames(DSLContext dsl) {
        own(dsl, CANDIDATE, CANDIDATE.ID, CANDIDATE.FULL_NAME);
        own(dsl, MENTOR, MENTOR.ID, MENTOR.FULL_NAME);
        own(dsl, WORKPLACE, WORKPLACE.ID, WORKPLACE.NAME);
        own(dsl, PARTNER_ORGANISATION, PARTNER_ORGANISATION.ID, PARTNER_ORGANISATION.NAME);
        own(dsl, UNION_REPRESENTATIVE, UNION_REPRESENTATIVE.ID, UNION_REPRESENTATIVE.FULL_NAME);
        own(dsl, INVOLVEMENT_EVENT, INVOLVEMENT_EVENT.ID, INVOLVEMENT_EVENT.TOPIC);
        own(dsl, MUNICIPALITY, MUNICIPALITY.ID, MUNICIPALITY.NAME);
        candidates(dsl, EMPLOYMENT_SPELL, EMPLOYMENT_SPELL.ID, EMPLOYMENT_SPELL.CANDIDATE_ID);
        candidates(dsl, FOLLOW_UP, FOLLOW_UP.ID, FOLLOW_UP.CANDIDATE_ID);
        candidates(dsl, TRAINING_PATH, TRAINING_PATH.ID, TRAINING_PATH.CANDIDATE_ID);
        candidates(dsl, QUALIFICATION, QUALIFICATION.ID, QUALIFICATION.CANDIDATE_ID);
        candidates(dsl, MENTOR_ASSIGNMENT, MENTOR_ASSIGNMENT.ID, MENTOR_ASSIGNMENT.CANDIDATE_ID);
        queries.put(AuditLog.entity(TRAINING_STEP), ids -> dsl.select(TRAINING_STEP.ID, CANDIDATE.FULL_NAME).from(TRAINING_STEP)
                .join(TRAINING_PATH).on(TRAINING_PATH.ID.eq(TRAINING_STEP.PATH_ID))
                .join(CANDIDATE).on(CANDIDATE.ID.eq(TRAINING_PATH.CANDIDATE_ID)).where(TRAINING_STEP.ID.in(ids)));
    }

    private void own(DSLContext dsl, Table<?> table, Field<Long> id, Field<String> name) {
        queries.put(AuditLog.entity(table), ids -> dsl.select(id, name).from(table).where(id.in(ids)));
    }

    private void candidates(DSLContext dsl, Table<?> table, Field<Long> id, Field<Long> candidateId) {
        queries.put(AuditLog.entity(table), ids -> dsl.select(id, CANDIDATE.FULL_NAME).from(table)
                .join(CANDIDATE).on(CANDIDATE.ID.eq(candidateId)).where(id.in(ids)));
    }

    /** Names by entity and id, for the entries whose records still exist. */
    Map<String, Map<Long, String>> of(Collection<AuditEntry> entries) {
        Map<String, Set<Long>> wanted = entries.stream().filter(e -> queries.containsKey(e.entity()))
                .collect(Collectors.groupingBy(AuditEntry::entity, Collectors.mapping(AuditEntry::entityId, Collectors.toSet())));
        Map<String, Map<Long, String>> names = new HashMap<>();
        wanted.forEach((entity, ids) -> names.put(entity, queries.get(entity).apply(ids)
                .fetchMap(r -> r.value1(), r -> r.value2() == null ? "" : r.value2())));
        return names;
    }
}
