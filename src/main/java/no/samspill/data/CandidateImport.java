package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateRules;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EndReason;
import no.samspill.domain.Gender;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.NationalId;
import no.samspill.domain.StatusChange;
import no.samspill.domain.Violation;
import org.jooq.DSLContext;

/**
 * Stores an import all or nothing: every new candidate with its status history and an audit entry,
 * and every merge into an existing candidate, in one transaction. A candidate imported past
 * "referred" gets the lifecycle's steps to its status on its referral date, and one imported as
 * ended gets "not clarified" as the reason, since a spreadsheet rarely says where a person went.
 */
public final class CandidateImport {

    /** A new candidate, with the fødselsnummer to store when the municipality stores them. */
    public record New(Candidate candidate, NationalId nationalId) {
    }

    /** Fills the empty fields of {@code existingId} from {@code imported}; nothing stored is overwritten. */
    public record Merge(long existingId, Candidate imported) {
    }

    /** A stored candidate as far as duplicates go: who, and what they are recognised by. */
    public record Known(long id, String fullName, LocalDate birthDate, String nationalId) {
    }

    private final DSLContext dsl;
    private final CandidateRepository candidates;
    private final AuditedWrites writes;
    private final Clock clock;

    public CandidateImport(DSLContext dsl, CandidateRepository candidates, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.candidates = candidates;
        this.writes = new AuditedWrites(audit);
        this.clock = clock;
    }

    /**
     * The municipality's candidates with a birth date or a national id, read once: an import of
     * 100,000 rows asks this instead of the database once per row.
     */
    public List<Known> known(long municipalityId) {
        return dsl.select(CANDIDATE.ID, CANDIDATE.FULL_NAME, CANDIDATE.BIRTH_DATE, CANDIDATE.NATIONAL_ID).from(CANDIDATE)
                .where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(CANDIDATE.BIRTH_DATE.isNotNull().or(CANDIDATE.NATIONAL_ID.isNotNull())))
                .orderBy(CANDIDATE.ID).fetch(r -> new Known(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Returns the ids of the new candidates, in order. Throws, and stores nothing, when any record breaks a rule. */
    public List<Long> commit(List<New> creates, List<Merge> merges) {
        LocalDate today = LocalDate.now(clock);
        List<Violation> broken = new ArrayList<>();
        creates.forEach(n -> broken.addAll(CandidateRules.violations(CandidateRepository.normalised(n.candidate()), today)));
        if (!broken.isEmpty()) {
            throw new InvalidRecordException(broken);
        }
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<Long> ids = new ArrayList<>();
            for (New n : creates) {
                Candidate c = CandidateRepository.normalised(n.candidate());
                Candidate saved = candidates.store(tx, c.withStatus(CandidateStatus.REFERRED),
                        n.nationalId() == null ? null : Optional.of(n.nationalId()), null);
                LocalDate on = c.referralDate() != null ? c.referralDate() : today;
                for (StatusChange step : path(c.status(), on)) {
                    candidates.statusChanges().apply(tx, saved.id(), step);
                }
                ids.add(saved.id());
            }
            for (Merge m : merges) {
                Candidate before = CandidateRepository.toDomain(writes.lock(tx, CandidateRepository.KIND, m.existingId()));
                writes.save(tx, CandidateRepository.KIND, filled(before, CandidateRepository.normalised(m.imported())));
            }
            return ids;
        });
    }

    static List<StatusChange> path(CandidateStatus target, LocalDate on) {
        return switch (target) {
            case REFERRED -> List.of();
            case ACTIVE -> List.of(new StatusChange(CandidateStatus.ACTIVE, on, null));
            case IN_QUALIFICATION, IN_JOB -> List.of(new StatusChange(CandidateStatus.ACTIVE, on, null), new StatusChange(target, on, null));
            case ENDED -> List.of(new StatusChange(CandidateStatus.ENDED, on, EndReason.NOT_CLARIFIED));
        };
    }

    private static Candidate filled(Candidate b, Candidate i) {
        return new Candidate(b.id(), b.municipalityId(), b.fullName(), first(b.contact(), i.contact()), b.birthYear(),
                b.birthDate() == null && i.birthDate() != null && i.birthDate().getYear() == b.birthYear() ? i.birthDate() : b.birthDate(),
                b.gender() == Gender.NOT_RECORDED ? i.gender() : b.gender(),
                first(b.navOfficeId(), i.navOfficeId()), first(b.referralDate(), i.referralDate()), first(b.referralSource(), i.referralSource()),
                first(b.mainWorkplaceId(), i.mainWorkplaceId()), b.programme(), b.status(), first(b.note(), i.note()), b.informedDate());
    }

    private static <T> T first(T stored, T imported) {
        return stored != null ? stored : imported;
    }
}
