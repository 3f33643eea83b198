package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.MENTOR;
import static no.samspill.data.schema.Tables.MENTOR_ASSIGNMENT;
import static no.samspill.data.schema.Tables.WORKPLACE;

import java.time.LocalDate;
import java.util.List;
import no.samspill.data.schema.tables.records.MentorAssignmentRecord;
import no.samspill.data.schema.tables.records.MentorRecord;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.DueItem;
import no.samspill.domain.Mentor;
import no.samspill.domain.MentorAssignment;
import no.samspill.domain.MentorHandover;
import no.samspill.domain.MentorSummary;
import no.samspill.domain.RecordDiff;
import no.samspill.domain.RefusedException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Mentors, their assignments to candidates, and who is missing one. */
public final class MentorRepository {

    static final Stored<Mentor, MentorRecord> KIND = Stored.of(MENTOR, MENTOR.ID, Mentor::id,
            MENTOR.MUNICIPALITY_ID, Mentor::municipalityId, MentorRepository::toDomain, (m, r) -> {
                r.setFullName(m.fullName());
                r.setWorkplaceId(m.workplaceId());
                r.setActive(m.active());
            });
    static final String ASSIGNMENT = "mentor_assignment";

    private final DSLContext dsl;
    private final AuditLog audit;
    private final AuditedWrites writes;

    public MentorRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
        this.writes = new AuditedWrites(audit);
    }

    public List<MentorSummary> list(long municipalityId) {
        var open = DSL.selectCount().from(MENTOR_ASSIGNMENT)
                .where(MENTOR_ASSIGNMENT.MENTOR_ID.eq(MENTOR.ID).and(MENTOR_ASSIGNMENT.END_DATE.isNull()))
                .asField("open_count");
        return dsl.select(MENTOR.ID, MENTOR.FULL_NAME, MENTOR.WORKPLACE_ID, WORKPLACE.NAME, MENTOR.ACTIVE, open)
                .from(MENTOR).leftJoin(WORKPLACE).on(WORKPLACE.ID.eq(MENTOR.WORKPLACE_ID))
                .where(MENTOR.MUNICIPALITY_ID.eq(municipalityId))
                .orderBy(MENTOR.FULL_NAME, MENTOR.ID)
                .fetch(r -> new MentorSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        ((Number) r.value6()).intValue()));
    }

    public Mentor save(Mentor m) {
        return save(m, null);
    }

    /** As above, refused ({@link ChangedElsewhereException}) when the stored record is no longer {@code seen}. */
    public Mentor save(Mentor m, Mentor seen) {
        Mentor clean = new Mentor(m.id(), m.municipalityId(), WorkplaceRepository.strip(m.fullName()), m.workplaceId(), m.active());
        clean.validate();
        return dsl.transactionResult(cfg -> writes.saveOver(cfg.dsl(), KIND, clean, seen).value());
    }

    /** A mentor with assignment history is kept (the history would go with them); mark them inactive instead. */
    public void delete(long mentorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchCount(MENTOR_ASSIGNMENT, MENTOR_ASSIGNMENT.MENTOR_ID.eq(mentorId)) > 0) {
                throw new RefusedException("mentors.delete.hasHistory");
            }
            writes.delete(tx, KIND, mentorId);
        });
    }

    /** A candidate's mentors, oldest first. */
    public List<MentorAssignment> assignments(long candidateId) {
        return assignments(dsl, candidateId);
    }

    private static List<MentorAssignment> assignments(DSLContext ctx, long candidateId) {
        return ctx.select(MENTOR_ASSIGNMENT.ID, MENTOR_ASSIGNMENT.MENTOR_ID, MENTOR.FULL_NAME,
                        MENTOR_ASSIGNMENT.START_DATE, MENTOR_ASSIGNMENT.END_DATE)
                .from(MENTOR_ASSIGNMENT).join(MENTOR).on(MENTOR.ID.eq(MENTOR_ASSIGNMENT.MENTOR_ID))
                .where(MENTOR_ASSIGNMENT.CANDIDATE_ID.eq(candidateId))
                .orderBy(MENTOR_ASSIGNMENT.START_DATE, MENTOR_ASSIGNMENT.ID)
                .fetch(r -> new MentorAssignment(r.value1(), candidateId, r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Assigns a first mentor, or hands over: the open assignment ends that day and the new one starts. One transaction. */
    public MentorAssignment handOver(long candidateId, long mentorId, LocalDate date) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            String name = tx.select(MENTOR.FULL_NAME).from(MENTOR).where(MENTOR.ID.eq(mentorId)).fetchOptional(MENTOR.FULL_NAME)
                    .orElseThrow(() -> new RecordNotFoundException(KIND.entity(), mentorId));
            MentorHandover.Plan plan = MentorHandover.plan(assignments(tx, candidateId), candidateId, mentorId, name, date);
            plan.ended().ifPresent(old -> end(tx, old.id(), old.end()));
            MentorAssignment started = plan.started();
            long id = tx.insertInto(MENTOR_ASSIGNMENT).set(MENTOR_ASSIGNMENT.CANDIDATE_ID, candidateId)
                    .set(MENTOR_ASSIGNMENT.MENTOR_ID, mentorId).set(MENTOR_ASSIGNMENT.START_DATE, started.start())
                    .returning(MENTOR_ASSIGNMENT.ID).fetchOne(MENTOR_ASSIGNMENT.ID);
            audit.record(tx, ASSIGNMENT, id, AuditLog.Action.CREATE, RecordDiff.allFields(started));
            return new MentorAssignment(id, candidateId, mentorId, name, started.start(), null);
        });
    }

    /** Ends the open assignment without a successor, for instance when the candidate ends. */
    public void endOpenAssignment(long candidateId, LocalDate date) {
        dsl.transaction(cfg -> endOpenAssignment(cfg.dsl(), candidateId, date));
    }

    void endOpenAssignment(DSLContext tx, long candidateId, LocalDate date) {
        MentorHandover.open(assignments(tx, candidateId)).ifPresent(open -> {
            end(tx, open.id(), date.isBefore(open.start()) ? open.start() : date);
        });
    }

    private void end(DSLContext tx, long assignmentId, LocalDate end) {
        MentorAssignmentRecord r = tx.fetchSingle(MENTOR_ASSIGNMENT, MENTOR_ASSIGNMENT.ID.eq(assignmentId));
        r.setEndDate(end);
        r.store();
        audit.record(tx, ASSIGNMENT, assignmentId, AuditLog.Action.UPDATE, List.of("end"));
    }

    /** Active candidates (active, in qualification, in job) with no open mentor assignment. */
    public List<DueItem> candidatesWithoutMentor(long municipalityId) {
        Condition noOpen = DSL.notExists(DSL.selectOne().from(MENTOR_ASSIGNMENT)
                .where(MENTOR_ASSIGNMENT.CANDIDATE_ID.eq(CANDIDATE.ID).and(MENTOR_ASSIGNMENT.END_DATE.isNull())));
        return dsl.select(CANDIDATE.ID, CANDIDATE.FULL_NAME, CANDIDATE.STATUS).from(CANDIDATE)
                .where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(CANDIDATE.STATUS.in(CandidateStatus.active())).and(noOpen))
                .orderBy(CANDIDATE.FULL_NAME, CANDIDATE.ID)
                .fetch(r -> new DueItem(DueItem.Kind.NO_MENTOR, r.value1(), r.value2(), r.value3().name(), null));
    }

    static Mentor toDomain(MentorRecord r) {
        return new Mentor(r.getId(), r.getMunicipalityId(), r.getFullName(), r.getWorkplaceId(), r.getActive());
    }
}
