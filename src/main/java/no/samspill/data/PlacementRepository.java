package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.WORKPLACE;
import static no.samspill.data.schema.Tables.WORKPLACE_PLAN;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.WaitingCandidate;
import no.samspill.domain.WorkplaceLoad;
import no.samspill.domain.WorkplacePlan;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The placement view's data: candidates waiting for a workplace, and each active workplace with its
 * plan for the day and the candidates placed there. Placing a candidate sets the main workplace
 * through the candidate's own audited save.
 */
public final class PlacementRepository {

    /** The waiting list shows at most this many, the longest waiting first; the total is counted apart. */
    public static final int SHOWN = 500;

    /** The longest-waiting candidates and how many wait in all. */
    public record Waiting(List<WaitingCandidate> first, int total) {
    }

    private final DSLContext dsl;
    private final CandidateRepository candidates;

    public PlacementRepository(DSLContext dsl, CandidateRepository candidates) {
        this.dsl = dsl;
        this.candidates = candidates;
    }

    public Waiting waiting(long municipalityId) {
        var where = CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(CANDIDATE.MAIN_WORKPLACE_ID.isNull())
                .and(CANDIDATE.STATUS.in(CandidateStatus.REFERRED, CandidateStatus.ACTIVE));
        List<WaitingCandidate> first = dsl.select(CANDIDATE.ID, CANDIDATE.FULL_NAME, CANDIDATE.STATUS, CANDIDATE.PROGRAMME, CANDIDATE.REFERRAL_DATE)
                .from(CANDIDATE).where(where).orderBy(CANDIDATE.REFERRAL_DATE.asc().nullsLast(), CANDIDATE.FULL_NAME, CANDIDATE.ID).limit(SHOWN)
                .fetch(r -> new WaitingCandidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        return new Waiting(first, dsl.fetchCount(CANDIDATE, where));
    }

    /** Every active workplace on {@code day}, those with the most free places first, then by name. */
    public List<WorkplaceLoad> loads(long municipalityId, LocalDate day) {
        Map<Long, Integer> placed = dsl.select(CANDIDATE.MAIN_WORKPLACE_ID, DSL.count()).from(CANDIDATE)
                .where(CANDIDATE.MUNICIPALITY_ID.eq(municipalityId).and(CANDIDATE.MAIN_WORKPLACE_ID.isNotNull())
                        .and(CANDIDATE.STATUS.ne(CandidateStatus.ENDED)))
                .groupBy(CANDIDATE.MAIN_WORKPLACE_ID).fetchMap(r -> r.value1(), r -> r.value2());
        Map<Long, WorkplacePlan> plans = dsl.selectFrom(WORKPLACE_PLAN)
                .where(WORKPLACE_PLAN.MUNICIPALITY_ID.eq(municipalityId).and(WORKPLACE_PLAN.PERIOD_START.le(day))
                        .and(WORKPLACE_PLAN.PERIOD_END.ge(day)))
                .fetchMap(WORKPLACE_PLAN.WORKPLACE_ID, r -> NeedsRepository.PLANS.read().apply(dsl, r));
        return dsl.select(WORKPLACE.ID, WORKPLACE.NAME, WORKPLACE.WORKPLACE_TYPE).from(WORKPLACE)
                .where(WORKPLACE.MUNICIPALITY_ID.eq(municipalityId).and(WORKPLACE.ACTIVE)).orderBy(WORKPLACE.NAME)
                .fetch(r -> new WorkplaceLoad(r.value1(), r.value2(), r.value3(), plans.get(r.value1()), placed.getOrDefault(r.value1(), 0)))
                .stream().sorted(Comparator.comparing((WorkplaceLoad l) -> l.free() == null ? -1 : l.free()).reversed())
                .toList();
    }

    /** Makes {@code workplaceId} the candidate's main workplace, audited like any edit of the candidate. */
    public Candidate place(long candidateId, long workplaceId) {
        Candidate c = candidates.find(candidateId).orElseThrow(() -> new RecordNotFoundException("candidate", candidateId));
        if (!dsl.fetchExists(WORKPLACE, WORKPLACE.ID.eq(workplaceId).and(WORKPLACE.MUNICIPALITY_ID.eq(c.municipalityId())))) {
            throw new RecordNotFoundException("workplace", workplaceId);
        }
        return candidates.save(c.withMainWorkplace(workplaceId));
    }
}
