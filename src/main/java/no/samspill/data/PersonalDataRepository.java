package no.samspill.data;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;
import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.AuditEntry;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.SubjectAccess;
import no.samspill.data.schema.tables.records.CandidateRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The data subject's rights: access to everything stored about a candidate, and anonymisation after the retention time. */
public final class PersonalDataRepository {

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Clock clock;
    private final CandidateRepository candidates;
    private final AuditedWrites writes;
    private final MentorRepository mentors;
    private final TrainingRepository training;
    private final EmploymentRepository employment;
    private final MeasureRepository measures;

    public PersonalDataRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
        this.writes = new AuditedWrites(audit);
        this.candidates = new CandidateRepository(dsl, audit, clock);
        this.mentors = new MentorRepository(dsl, audit);
        this.training = new TrainingRepository(dsl, audit, clock);
        this.employment = new EmploymentRepository(dsl, audit, clock);
        this.measures = new MeasureRepository(dsl, audit, clock);
    }

    /** Everything stored about one candidate, read in one transaction so the parts agree. */
    public SubjectAccess access(long candidateId) {
        return dsl.transactionResult(cfg -> {
            var c = candidates.find(candidateId).orElseThrow(() -> new RecordNotFoundException(CandidateRepository.KIND.entity(), candidateId));
            var paths = training.paths(candidateId).stream()
                    .map(p -> new SubjectAccess.PathWithSteps(p, training.steps(p.id()))).toList();
            List<AuditEntry> log = dsl.selectFrom(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.ENTITY.eq(CandidateRepository.KIND.entity()).and(AUDIT_ENTRY.ENTITY_ID.eq(candidateId))).orderBy(AUDIT_ENTRY.ID)
                    .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getEntity(), r.getEntityId(), r.getAction(),
                            r.getChangedFields(), r.getOsUser()));
            return new SubjectAccess(c, candidates.nationalId(candidateId).orElse(null), candidates.history(candidateId),
                    mentors.assignments(candidateId), paths, training.qualifications(candidateId), employment.spells(candidateId),
                    employment.followUps(candidateId), measures.periods(candidateId),
                    measures.incomes().of(candidateId), measures.contracts().of(candidateId), log, OffsetDateTime.now(clock));
        });
    }

    /** Candidates who ended more than {@code years} years ago and still carry identity. */
    public List<CandidateSummary> dueForAnonymisation(long municipalityId, int years) {
        LocalDate before = LocalDate.now(clock).minusYears(years);
        var lastEnded = DSL.select(DSL.max(CANDIDATE_STATUS_CHANGE.EFFECTIVE_DATE)).from(CANDIDATE_STATUS_CHANGE)
                .where(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID.eq(CANDIDATE.ID).and(CANDIDATE_STATUS_CHANGE.STATUS.eq(CandidateStatus.ENDED)))
                .asField();
        return candidates.summaries(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(CANDIDATE.STATUS.eq(CandidateStatus.ENDED))
                .and(CANDIDATE.FULL_NAME.notLike(SubjectAccess.ANONYMISED_PREFIX + "%"))
                .and(DSL.field(lastEnded).lt(before)));
    }

    /**
     * Removes identity and keeps what the statistics need: the name becomes "Anonymisert" and the
     * id, contact, national id, birth date (birth year stays) and note are cleared. One transaction.
     */
    public void anonymise(long candidateId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            CandidateRecord r = writes.lock(tx, CandidateRepository.KIND, candidateId);
            r.setFullName(SubjectAccess.ANONYMISED_PREFIX + candidateId);
            r.setContact(null);
            r.setNationalId(null);
            r.setBirthDate(null);
            r.setNote(null);
            r.store();
            audit.record(tx, CandidateRepository.KIND.entity(), candidateId, AuditLog.Action.ANONYMISE, List.of("fullName", "contact", "nationalId", "birthDate", "note"));
        });
    }
}
