package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.EMPLOYMENT_SPELL;
import static no.samspill.data.schema.Tables.FOLLOW_UP;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.samspill.data.schema.tables.records.EmploymentSpellRecord;
import no.samspill.domain.DueItem;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.RecordDiff;
import org.jooq.DSLContext;

/** Employment spells and the follow-ups after a candidate ends. */
public final class EmploymentRepository {

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Clock clock;

    public EmploymentRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
    }

    public List<EmploymentSpell> spells(long candidateId) {
        return dsl.selectFrom(EMPLOYMENT_SPELL).where(EMPLOYMENT_SPELL.CANDIDATE_ID.eq(candidateId))
                .orderBy(EMPLOYMENT_SPELL.START_DATE, EMPLOYMENT_SPELL.ID).fetch(EmploymentRepository::toDomain);
    }

    public EmploymentSpell save(EmploymentSpell s) {
        s.validate();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            EmploymentSpellRecord r;
            List<String> changed;
            if (s.id() == null) {
                r = tx.newRecord(EMPLOYMENT_SPELL);
                r.setCandidateId(s.candidateId());
                changed = RecordDiff.allFields(s);
            } else {
                r = tx.selectFrom(EMPLOYMENT_SPELL).where(EMPLOYMENT_SPELL.ID.eq(s.id())).forUpdate().fetchOptional()
                        .orElseThrow(() -> new RecordNotFoundException("employment_spell", s.id()));
                changed = RecordDiff.changedFields(toDomain(r), s);
                r.setUpdatedAt(OffsetDateTime.now(clock));
            }
            if (changed.isEmpty()) {
                return s;
            }
            r.setWorkplaceId(s.workplaceId());
            r.setStartDate(s.start());
            r.setEndDate(s.end());
            r.setJobPercentage(s.jobPercentage());
            r.setPermanent(s.permanent());
            r.setEmploymentKind(s.kind().name());
            r.store();
            audit.record(tx, "employment_spell", r.getId(), s.id() == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, changed);
            return toDomain(r);
        });
    }

    public void deleteSpell(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            audit.delete(tx, EMPLOYMENT_SPELL, EMPLOYMENT_SPELL.ID, "employment_spell", id);
        });
    }

    public List<FollowUp> followUps(long candidateId) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.CANDIDATE_ID.eq(candidateId))
                .orderBy(FOLLOW_UP.DUE_DATE, FOLLOW_UP.ID)
                .fetch(r -> new FollowUp(r.getId(), r.getCandidateId(), r.getMonthsAfter(), r.getDueDate(), r.getRecordedDate(),
                        r.getOutcome() == null ? null : FollowUpOutcome.valueOf(r.getOutcome())));
    }

    /** Records what a follow-up found. */
    public void record(long followUpId, LocalDate recorded, FollowUpOutcome outcome) {
        FollowUp.checkRecording(recorded, outcome, LocalDate.now(clock));
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            int n = tx.update(FOLLOW_UP).set(FOLLOW_UP.RECORDED_DATE, recorded).set(FOLLOW_UP.OUTCOME, outcome.name())
                    .set(FOLLOW_UP.UPDATED_AT, OffsetDateTime.now(clock)).where(FOLLOW_UP.ID.eq(followUpId)).execute();
            if (n == 0) {
                throw new RecordNotFoundException("follow_up", followUpId);
            }
            audit.record(tx, "follow_up", followUpId, AuditLog.Action.UPDATE, List.of("recorded", "outcome"));
        });
    }

    /** Follow-ups not yet recorded that fall due on or before {@code until}. */
    public List<DueItem> followUpsDueUntil(long municipalityId, LocalDate until) {
        return dsl.select(CANDIDATE.ID, CANDIDATE.FULL_NAME, FOLLOW_UP.MONTHS_AFTER, FOLLOW_UP.DUE_DATE)
                .from(FOLLOW_UP).join(CANDIDATE).on(CANDIDATE.ID.eq(FOLLOW_UP.CANDIDATE_ID))
                .where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(FOLLOW_UP.RECORDED_DATE.isNull())
                        .and(FOLLOW_UP.DUE_DATE.le(until)))
                .orderBy(FOLLOW_UP.DUE_DATE, CANDIDATE.FULL_NAME)
                .fetch(r -> new DueItem(DueItem.Kind.FOLLOW_UP, r.value1(), r.value2(), Integer.toString(r.value3()), r.value4()));
    }

    static EmploymentSpell toDomain(EmploymentSpellRecord r) {
        return new EmploymentSpell(r.getId(), r.getCandidateId(), r.getWorkplaceId(), r.getStartDate(), r.getEndDate(),
                r.getJobPercentage(), r.getPermanent(), EmploymentKind.valueOf(r.getEmploymentKind()));
    }
}
