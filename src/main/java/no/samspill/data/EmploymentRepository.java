package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.EMPLOYMENT_SPELL;
import static no.samspill.data.schema.Tables.FOLLOW_UP;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.samspill.data.schema.tables.records.EmploymentSpellRecord;
import no.samspill.data.schema.tables.records.FollowUpRecord;
import no.samspill.domain.DueItem;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.StatusChange;
import org.jooq.DSLContext;

/** Employment spells and the follow-ups after a candidate ends. */
public final class EmploymentRepository {

    static final Stored<EmploymentSpell, EmploymentSpellRecord> SPELLS = Stored.of(EMPLOYMENT_SPELL, EMPLOYMENT_SPELL.ID,
            EmploymentSpell::id, EMPLOYMENT_SPELL.CANDIDATE_ID, EmploymentSpell::candidateId, EmploymentRepository::toDomain,
            (s, r) -> {
                r.setWorkplaceId(s.workplaceId());
                r.setStartDate(s.start());
                r.setEndDate(s.end());
                r.setJobPercentage(s.jobPercentage());
                r.setPermanent(s.permanent());
                r.setEmploymentKind(s.kind());
                r.setStyrkCode(s.styrkCode());
                r.setNewPost(s.newPost());
                r.setDiscussionEventId(s.discussionEventId());
            });
    static final Stored<FollowUp, FollowUpRecord> FOLLOW_UPS = Stored.of(FOLLOW_UP, FOLLOW_UP.ID, FollowUp::id,
            FOLLOW_UP.CANDIDATE_ID, FollowUp::candidateId, EmploymentRepository::toDomain, (f, r) -> {
                r.setMonthsAfter(f.monthsAfter());
                r.setDueDate(f.due());
                r.setRecordedDate(f.recorded());
                r.setOutcome(f.outcome());
            });

    private final DSLContext dsl;
    private final AuditLog audit;
    private final AuditedWrites writes;
    private final Clock clock;
    private final StatusChanges statusChanges;

    public EmploymentRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.writes = new AuditedWrites(audit);
        this.clock = clock;
        this.statusChanges = new StatusChanges(writes, audit, new MentorRepository(dsl, audit), clock);
    }

    public List<EmploymentSpell> spells(long candidateId) {
        return dsl.selectFrom(EMPLOYMENT_SPELL).where(EMPLOYMENT_SPELL.CANDIDATE_ID.eq(candidateId))
                .orderBy(EMPLOYMENT_SPELL.START_DATE, EMPLOYMENT_SPELL.ID).fetch(EmploymentRepository::toDomain);
    }

    public EmploymentSpell save(EmploymentSpell s) {
        return save(s, null, null);
    }

    /**
     * Saves a job and, when {@code statusChange} is given, moves the candidate to it in the same
     * transaction: recording a job that makes the candidate "I jobb" is one step, and either both
     * are stored or neither is.
     */
    public EmploymentSpell save(EmploymentSpell s, StatusChange statusChange) {
        return save(s, statusChange, null);
    }

    /** As {@link #save(EmploymentSpell, StatusChange)}, over the job as {@code seen} (null: not checked). */
    public EmploymentSpell save(EmploymentSpell s, StatusChange statusChange, EmploymentSpell seen) {
        s.validate();
        return dsl.transactionResult(cfg -> {
            EmploymentSpell saved = writes.saveOver(cfg.dsl(), SPELLS, s, seen).value();
            if (statusChange != null) {
                statusChanges.apply(cfg.dsl(), s.candidateId(), statusChange);
            }
            return saved;
        });
    }

    public void deleteSpell(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            writes.delete(tx, SPELLS, id);
        });
    }

    public List<FollowUp> followUps(long candidateId) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.CANDIDATE_ID.eq(candidateId))
                .orderBy(FOLLOW_UP.DUE_DATE, FOLLOW_UP.ID)
                .fetch(EmploymentRepository::toDomain);
    }

    /** Records what a follow-up found. */
    public void record(long followUpId, LocalDate recorded, FollowUpOutcome outcome) {
        record(followUpId, recorded, outcome, null);
    }

    /** As {@link #record(long, LocalDate, FollowUpOutcome)}, refused when the follow-up is no longer as {@code seen}. */
    public void record(long followUpId, LocalDate recorded, FollowUpOutcome outcome, FollowUp seen) {
        FollowUp.checkRecording(recorded, outcome, LocalDate.now(clock));
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            FollowUpRecord r = writes.lock(tx, FOLLOW_UPS, followUpId);
            if (seen != null && !seen.equals(toDomain(r))) {
                throw new ChangedElsewhereException(FOLLOW_UPS.entity());
            }
            r.setRecordedDate(recorded);
            r.setOutcome(outcome);
            r.store();
            audit.record(tx, FOLLOW_UPS.entity(), followUpId, AuditLog.Action.UPDATE, List.of("recorded", "outcome"));
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

    static FollowUp toDomain(FollowUpRecord r) {
        return new FollowUp(r.getId(), r.getCandidateId(), r.getMonthsAfter(), r.getDueDate(), r.getRecordedDate(), r.getOutcome());
    }

    static EmploymentSpell toDomain(EmploymentSpellRecord r) {
        return new EmploymentSpell(r.getId(), r.getCandidateId(), r.getWorkplaceId(), r.getStartDate(), r.getEndDate(),
                r.getJobPercentage(), r.getPermanent(), r.getEmploymentKind(), r.getStyrkCode(), r.getNewPost(), r.getDiscussionEventId());
    }
}
