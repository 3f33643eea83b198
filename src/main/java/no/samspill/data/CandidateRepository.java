package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.CANDIDATE_STATUS_CHANGE;
import static no.samspill.data.schema.Tables.MUNICIPALITY;
import static no.samspill.data.schema.Tables.WORKPLACE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.data.schema.tables.records.CandidateRecord;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateFilter;
import no.samspill.domain.CandidatePage;
import no.samspill.domain.NationalId;
import no.samspill.domain.RefusedException;
import no.samspill.domain.StatusChange;
import no.samspill.domain.CandidateRules;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.TextRules;
import no.samspill.domain.Violation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Candidates of one municipality. Each save is one transaction with its status history and audit entry. */
public final class CandidateRepository {

    /** The status changes only through changeStatus, with its history; a form never moves it. */
    static final Stored<Candidate, CandidateRecord> KIND = Stored.of(CANDIDATE, CANDIDATE.ID, Candidate::id,
            CANDIDATE.MUNICIPALITY_ID, Candidate::municipalityId, CandidateRepository::toDomain,
            CandidateRepository::copy).keeping((before, draft) -> draft.withStatus(before.status()));

    private final DSLContext dsl;
    private final AuditLog audit;
    private final AuditedWrites writes;
    private final Clock clock;

    private final StatusChanges statusChanges;

    public CandidateRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.writes = new AuditedWrites(audit);
        this.clock = clock;
        this.statusChanges = new StatusChanges(writes, audit, new MentorRepository(dsl, audit), clock);
    }

    /** Filtering happens in the database, so the list never loads rows it will not show. */
    public List<CandidateSummary> list(long municipalityId, CandidateFilter filter) {
        return summaries(CandidateSearch.condition(municipalityId, filter));
    }

    /**
     * At most {@code limit} rows of the filtered list, in name order, with the number of all that
     * match, so a list never holds more rows than a person can look through.
     */
    public CandidatePage page(long municipalityId, CandidateFilter filter, int limit) {
        return CandidateSearch.page(dsl, municipalityId, filter, limit);
    }

    /**
     * Other candidates of the municipality that may be the same person: same name (ignoring case and
     * surrounding spaces) and same birth date. Without a birth date there is nothing to compare.
     */
    public List<CandidateSummary> possibleDuplicates(long municipalityId, String fullName, LocalDate birthDate, Long excludeId) {
        return possibleDuplicates(municipalityId, fullName, birthDate, null, excludeId);
    }

    /** As above, and also anyone with the same national id when one is given. */
    public List<CandidateSummary> possibleDuplicates(long municipalityId, String fullName, LocalDate birthDate,
                                                     NationalId nationalId, Long excludeId) {
        Condition same = DSL.falseCondition();
        if (fullName != null && !fullName.isBlank() && birthDate != null) {
            same = DSL.lower(CANDIDATE.FULL_NAME).eq(fullName.strip().toLowerCase(Locale.ROOT))
                    .and(CANDIDATE.BIRTH_DATE.eq(birthDate));
        }
        if (nationalId != null) {
            same = same.or(CANDIDATE.NATIONAL_ID.eq(nationalId.value()));
        }
        Condition where = CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(same);
        if (excludeId != null) {
            where = where.and(CANDIDATE.ID.ne(excludeId));
        }
        return summaries(where);
    }

    /** Summaries of the candidates that match {@code where}, for other repositories in this package. */
    List<CandidateSummary> summaries(Condition where) {
        return dsl.select(CANDIDATE.ID, CANDIDATE.FULL_NAME, CANDIDATE.BIRTH_YEAR, CANDIDATE.STATUS,
                        CANDIDATE.PROGRAMME, WORKPLACE.NAME, CANDIDATE.REFERRAL_DATE)
                .from(CANDIDATE)
                .leftJoin(WORKPLACE).on(WORKPLACE.ID.eq(CANDIDATE.MAIN_WORKPLACE_ID))
                .where(where)
                .orderBy(CandidateSearch.LIST_ORDER)
                .fetch(r -> new CandidateSummary(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7()));
    }

    public Optional<Candidate> find(long id) {
        return dsl.selectFrom(CANDIDATE).where(CANDIDATE.ID.eq(id)).fetchOptional(CandidateRepository::toDomain);
    }

    /** The status history, oldest first. */
    /** The status mechanism, for an import that moves many candidates inside its own transaction. */
    StatusChanges statusChanges() {
        return statusChanges;
    }

    public List<StatusChange> history(long candidateId) {
        return StatusChanges.history(dsl, candidateId);
    }

    /**
     * Moves a candidate to a new status in one transaction: the history entry, the candidate's
     * status, and what follows from it ({@link StatusChanges}).
     */
    public void changeStatus(long candidateId, StatusChange change) {
        dsl.transaction(cfg -> statusChanges.apply(cfg.dsl(), candidateId, change));
    }

    /** A real delete of the person and everything linked to them (history, paths, jobs, follow-ups). */
    public void delete(long candidateId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            writes.delete(tx, KIND, candidateId);
        });
    }

    /** How many candidates are in each status now. */
    public Map<CandidateStatus, Integer> countsByStatus(long municipalityId) {
        Map<CandidateStatus, Integer> counts = new EnumMap<>(CandidateStatus.class);
        for (CandidateStatus s : CandidateStatus.values()) {
            counts.put(s, 0);
        }
        dsl.select(CANDIDATE.STATUS, DSL.count()).from(CANDIDATE).where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId))
                .groupBy(CANDIDATE.STATUS)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    public int count(long municipalityId) {
        return dsl.fetchCount(CANDIDATE, CANDIDATE.MUNICIPALITY_ID.eq(municipalityId));
    }

    /** Inserts a new candidate or updates an existing one; returns the record as stored. */
    public Candidate save(Candidate candidate) {
        return save(candidate, null, null);
    }

    /**
     * Saves the candidate and, when {@code nationalId} is not null, sets (or with an empty value
     * clears) the stored fødselsnummer in the same transaction. A number is stored only for a
     * municipality that has turned that on; otherwise the save is refused. The save is refused too
     * ({@link ChangedElsewhereException}) when the stored candidate is no longer {@code seen} (null: not checked).
     */
    public Candidate save(Candidate candidate, Optional<NationalId> nationalId, Candidate seen) {
        Candidate clean = normalised(candidate);
        List<Violation> violations = CandidateRules.violations(clean, LocalDate.now(clock));
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(violations);
        }
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (nationalId != null && nationalId.isPresent() && !tx.select(MUNICIPALITY.STORE_NATIONAL_ID).from(MUNICIPALITY)
                    .where(MUNICIPALITY.ID.eq(clean.municipalityId())).fetchSingle(MUNICIPALITY.STORE_NATIONAL_ID)) {
                throw new RefusedException("candidates.nationalId.notStored");
            }
            return store(tx, clean, nationalId, seen);
        });
    }

    /** The stored fødselsnummer or D-nummer, if the municipality stores them and one was given. */
    public Optional<NationalId> nationalId(long candidateId) {
        return dsl.select(CANDIDATE.NATIONAL_ID).from(CANDIDATE).where(CANDIDATE.ID.eq(candidateId))
                .fetchOptional(CANDIDATE.NATIONAL_ID).flatMap(NationalId::parse);
    }

    /** Stores in the caller's transaction; {@code seen} as in {@link #save(Candidate, Optional, Candidate)}. */
    Candidate store(DSLContext tx, Candidate c, Optional<NationalId> nationalId, Candidate seen) {
        AuditedWrites.Saved<Candidate, CandidateRecord> saved = nationalId == null ? writes.saveOver(tx, KIND, c, seen)
                : writes.saveOver(tx, KIND, c, seen, new AuditedWrites.Column<>("nationalId", CANDIDATE.NATIONAL_ID,
                        nationalId.map(NationalId::value).orElse(null)));
        if (saved.created()) {
            tx.insertInto(CANDIDATE_STATUS_CHANGE)
                    .set(CANDIDATE_STATUS_CHANGE.CANDIDATE_ID, saved.value().id())
                    .set(CANDIDATE_STATUS_CHANGE.STATUS, c.status())
                    .set(CANDIDATE_STATUS_CHANGE.EFFECTIVE_DATE, c.referralDate() != null ? c.referralDate() : LocalDate.now(clock))
                    .execute();
        }
        return saved.value();
    }

    private static void copy(Candidate c, CandidateRecord r) {
        r.setFullName(c.fullName());
        r.setContact(c.contact());
        r.setBirthYear(c.birthYear());
        r.setBirthDate(c.birthDate());
        r.setGender(c.gender());
        r.setNavOfficeId(c.navOfficeId());
        r.setReferralDate(c.referralDate());
        r.setReferralSource(c.referralSource());
        r.setMainWorkplaceId(c.mainWorkplaceId());
        r.setProgramme(c.programme());
        r.setStatus(c.status());
        r.setNote(c.note());
        r.setInformedDate(c.informedDate());
    }

    static Candidate normalised(Candidate c) {
        return new Candidate(c.id(), c.municipalityId(), c.fullName() == null ? null : c.fullName().strip(),
                TextRules.blankToNull(c.contact()), c.birthYear(), c.birthDate(), c.gender(), c.navOfficeId(),
                c.referralDate(), c.referralSource(), c.mainWorkplaceId(), c.programme(), c.status(),
                TextRules.blankToNull(c.note()), c.informedDate());
    }

    static Candidate toDomain(CandidateRecord r) {
        return new Candidate(r.getId(), r.getMunicipalityId(), r.getFullName(), r.getContact(), r.getBirthYear(),
                r.getBirthDate(), r.getGender(), r.getNavOfficeId(), r.getReferralDate(),
                r.getReferralSource(),
                r.getMainWorkplaceId(), r.getProgramme(), r.getStatus(),
                r.getNote(), r.getInformedDate());
    }
}
