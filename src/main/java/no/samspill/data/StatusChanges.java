package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;
import static no.samspill.data.schema.Tables.FOLLOW_UP;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.samspill.data.schema.tables.records.CandidateRecord;
import no.samspill.domain.CandidateLifecycle;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.FollowUp;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.StatusChange;
import no.samspill.domain.Violation;
import org.jooq.DSLContext;

/**
 * A candidate's status history and what a move to a new status sets off, inside the caller's
 * transaction: ending closes the open mentor assignment and plans the follow-ups 6 and 12 months
 * later; coming back removes follow-ups not yet recorded.
 */
final class StatusChanges {

    private final AuditedWrites writes;
    private final AuditLog audit;
    private final MentorRepository mentors;
    private final Clock clock;

    StatusChanges(AuditedWrites writes, AuditLog audit, MentorRepository mentors, Clock clock) {
        this.writes = writes;
        this.audit = audit;
        this.mentors = mentors;
        this.clock = clock;
    }

    static List<StatusChange> history(DSLContext ctx, long candidateId) {
        return ctx.selectFrom(CANDIDATE_STATUS_CHANGE).where(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID.eq(candidateId))
                .orderBy(CANDIDATE_STATUS_CHANGE.EFFECTIVE_DATE, CANDIDATE_STATUS_CHANGE.ID)
                .fetch(r -> new StatusChange(r.getStatus(), r.getEffectiveDate(),
                        r.getEndReason()));
    }

    /**
     * Moves a candidate to a new status in one transaction: the history entry, the candidate's
     * status, and what follows from it. Ending closes the open mentor assignment and plans the
     * follow-ups 6 and 12 months later; coming back removes follow-ups not yet recorded.
     */
    void apply(DSLContext tx, long candidateId, StatusChange change) {
        CandidateRecord r = writes.lock(tx, CandidateRepository.KIND, candidateId);
        CandidateLifecycle.check(history(tx, candidateId), change, LocalDate.now(clock)).ifPresent(key -> {
            throw new InvalidRecordException(List.of(new Violation("status", key)));
        });
        tx.insertInto(CANDIDATE_STATUS_CHANGE).set(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID, candidateId)
                .set(CANDIDATE_STATUS_CHANGE.STATUS, change.status())
                .set(CANDIDATE_STATUS_CHANGE.EFFECTIVE_DATE, change.date())
                .set(CANDIDATE_STATUS_CHANGE.END_REASON, change.reason())
                .execute();
        r.setStatus(change.status());
        r.store();
        audit.record(tx, CandidateRepository.KIND.entity(), candidateId, AuditLog.Action.UPDATE, List.of("status"));
        if (change.status() == CandidateStatus.ENDED) {
            mentors.endOpenAssignment(tx, candidateId, change.date());
            for (FollowUp f : FollowUp.dueAfterEnding(candidateId, change.date())) {
                long id = tx.insertInto(FOLLOW_UP).set(FOLLOW_UP.CANDIDATE_ID, candidateId)
                        .set(FOLLOW_UP.MONTHS_AFTER, f.monthsAfter()).set(FOLLOW_UP.DUE_DATE, f.due())
                        .returning(FOLLOW_UP.ID).fetchOne(FOLLOW_UP.ID);
                audit.record(tx, EmploymentRepository.FOLLOW_UPS.entity(), id, AuditLog.Action.CREATE, List.of("monthsAfter", "due"));
            }
        } else {
            tx.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.CANDIDATE_ID.eq(candidateId).and(FOLLOW_UP.RECORDED_DATE.isNull())).execute();
        }
    }
}
