package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.INVOLVEMENT_EVENT;
import static no.samspill.data.schema.Tables.INVOLVEMENT_PARTICIPANT;
import static no.samspill.data.schema.Tables.INVOLVEMENT_WORKPLACE;
import static no.samspill.data.schema.Tables.WORKPLACE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.data.schema.tables.records.InvolvementEventRecord;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.WorkplaceCoverage;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import no.samspill.domain.TextRules;

/** Involvement events with the workplaces they covered and the tillitsvalgte who took part. */
public final class InvolvementRepository {

    static final Stored<InvolvementEvent, InvolvementEventRecord> KIND = Stored.of(INVOLVEMENT_EVENT,
            INVOLVEMENT_EVENT.ID, InvolvementEvent::id, INVOLVEMENT_EVENT.MUNICIPALITY_ID, InvolvementEvent::municipalityId,
            (InvolvementEventRecord r) -> toDomain(r, Set.of(), Set.of()), (e, r) -> {
                r.setEventDate(e.date());
                r.setEventType(e.type());
                r.setEventLevel(e.level());
                r.setTopic(e.topic());
                r.setOutcome(e.outcome());
            }).readWith(InvolvementRepository::find);

    private final DSLContext dsl;
    private final AuditedWrites writes;
    private final Clock clock;

    public InvolvementRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.writes = new AuditedWrites(audit);
        this.clock = clock;
    }

    /** The events of a calendar year, newest first. */
    public List<InvolvementEvent> list(long municipalityId, int year) {
        List<InvolvementEventRecord> rows = dsl.selectFrom(INVOLVEMENT_EVENT)
                .where(INVOLVEMENT_EVENT.MUNICIPALITY_ID.eq(municipalityId)
                        .and(INVOLVEMENT_EVENT.EVENT_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))))
                .orderBy(INVOLVEMENT_EVENT.EVENT_DATE.desc(), INVOLVEMENT_EVENT.ID.desc()).fetch();
        Set<Long> ids = rows.stream().map(InvolvementEventRecord::getId).collect(Collectors.toSet());
        Map<Long, Set<Long>> workplaces = dsl.selectFrom(INVOLVEMENT_WORKPLACE).where(INVOLVEMENT_WORKPLACE.EVENT_ID.in(ids))
                .fetchGroups(INVOLVEMENT_WORKPLACE.EVENT_ID, INVOLVEMENT_WORKPLACE.WORKPLACE_ID).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new HashSet<>(e.getValue())));
        Map<Long, Set<Long>> people = dsl.selectFrom(INVOLVEMENT_PARTICIPANT).where(INVOLVEMENT_PARTICIPANT.EVENT_ID.in(ids))
                .fetchGroups(INVOLVEMENT_PARTICIPANT.EVENT_ID, INVOLVEMENT_PARTICIPANT.UNION_REPRESENTATIVE_ID).entrySet()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new HashSet<>(e.getValue())));
        List<InvolvementEvent> out = new ArrayList<>();
        for (InvolvementEventRecord r : rows) {
            out.add(toDomain(r, workplaces.getOrDefault(r.getId(), Set.of()), people.getOrDefault(r.getId(), Set.of())));
        }
        return out;
    }

    public InvolvementEvent save(InvolvementEvent e) {
        return save(e, null);
    }

    /**
     * Saves the event and replaces its workplace and participant links, in one transaction, over the
     * event as {@code seen} (links included; null: not checked), see {@link AuditedWrites#saveOver}.
     */
    public InvolvementEvent save(InvolvementEvent e, InvolvementEvent seen) {
        InvolvementEvent clean = new InvolvementEvent(e.id(), e.municipalityId(), e.date(), e.type(), e.level(),
                WorkplaceRepository.strip(e.topic()), TextRules.blankToNull(e.outcome()),
                e.workplaceIds(), e.representativeIds());
        clean.validate(LocalDate.now(clock));
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            AuditedWrites.Saved<InvolvementEvent, InvolvementEventRecord> saved = writes.saveOver(tx, KIND, clean, seen);
            if (!saved.created() && !saved.changedAnything()) {
                return saved.value();
            }
            long id = saved.row().getId();
            tx.deleteFrom(INVOLVEMENT_WORKPLACE).where(INVOLVEMENT_WORKPLACE.EVENT_ID.eq(id)).execute();
            tx.deleteFrom(INVOLVEMENT_PARTICIPANT).where(INVOLVEMENT_PARTICIPANT.EVENT_ID.eq(id)).execute();
            for (Long w : clean.workplaceIds()) {
                tx.insertInto(INVOLVEMENT_WORKPLACE).set(INVOLVEMENT_WORKPLACE.EVENT_ID, id)
                        .set(INVOLVEMENT_WORKPLACE.WORKPLACE_ID, w).execute();
            }
            for (Long p : clean.representativeIds()) {
                tx.insertInto(INVOLVEMENT_PARTICIPANT).set(INVOLVEMENT_PARTICIPANT.EVENT_ID, id)
                        .set(INVOLVEMENT_PARTICIPANT.UNION_REPRESENTATIVE_ID, p).execute();
            }
            return toDomain(saved.row(), clean.workplaceIds(), clean.representativeIds());
        });
    }

    public void delete(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            writes.delete(tx, KIND, id);
        });
    }

    /**
     * For each workplace that is the main workplace of a candidate who is not ended, how many events
     * of {@code year} covered it.
     */
    /**
     * Each workplace with candidates, with how many of them are not ended and how many of the year's
     * events cover it. Counted in three grouped passes and put together here: asked per workplace in
     * subqueries, H2 walked the year's events once for each workplace, 25 s for the 10,000 workplaces
     * of the scale benchmark.
     */
    public List<WorkplaceCoverage> coverage(long municipalityId, int year) {
        Map<Long, Integer> candidates = dsl.select(CANDIDATE.MAIN_WORKPLACE_ID, DSL.count()).from(CANDIDATE)
                .join(WORKPLACE).on(WORKPLACE.ID.eq(CANDIDATE.MAIN_WORKPLACE_ID))
                .where(WORKPLACE.MUNICIPALITY_ID.eq(municipalityId).and(CANDIDATE.STATUS.ne(CandidateStatus.ENDED)))
                .groupBy(CANDIDATE.MAIN_WORKPLACE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        var ofYear = INVOLVEMENT_EVENT.MUNICIPALITY_ID.eq(municipalityId)
                .and(INVOLVEMENT_EVENT.EVENT_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        // An event at municipality level covers every workplace, whether or not it names them.
        int everywhere = dsl.fetchCount(INVOLVEMENT_EVENT, ofYear.and(INVOLVEMENT_EVENT.EVENT_LEVEL.eq(InvolvementLevel.MUNICIPALITY)));
        Map<Long, Integer> named = dsl.select(INVOLVEMENT_WORKPLACE.WORKPLACE_ID, DSL.count()).from(INVOLVEMENT_WORKPLACE)
                .join(INVOLVEMENT_EVENT).on(INVOLVEMENT_EVENT.ID.eq(INVOLVEMENT_WORKPLACE.EVENT_ID))
                .where(ofYear.and(INVOLVEMENT_EVENT.EVENT_LEVEL.ne(InvolvementLevel.MUNICIPALITY)))
                .groupBy(INVOLVEMENT_WORKPLACE.WORKPLACE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        return dsl.select(WORKPLACE.ID, WORKPLACE.NAME).from(WORKPLACE)
                .where(WORKPLACE.MUNICIPALITY_ID.eq(municipalityId))
                .orderBy(WORKPLACE.NAME, WORKPLACE.ID)
                .fetch(r -> new WorkplaceCoverage(r.value1(), r.value2(), candidates.getOrDefault(r.value1(), 0),
                        everywhere + named.getOrDefault(r.value1(), 0)))
                .stream().filter(c -> c.candidates() > 0).toList();
    }

    private static InvolvementEvent find(DSLContext tx, InvolvementEventRecord r) {
        Set<Long> w = new HashSet<>(tx.select(INVOLVEMENT_WORKPLACE.WORKPLACE_ID).from(INVOLVEMENT_WORKPLACE)
                .where(INVOLVEMENT_WORKPLACE.EVENT_ID.eq(r.getId())).fetch(INVOLVEMENT_WORKPLACE.WORKPLACE_ID));
        Set<Long> p = new HashSet<>(tx.select(INVOLVEMENT_PARTICIPANT.UNION_REPRESENTATIVE_ID).from(INVOLVEMENT_PARTICIPANT)
                .where(INVOLVEMENT_PARTICIPANT.EVENT_ID.eq(r.getId())).fetch(INVOLVEMENT_PARTICIPANT.UNION_REPRESENTATIVE_ID));
        return toDomain(r, w, p);
    }

    private static InvolvementEvent toDomain(InvolvementEventRecord r, Set<Long> workplaces, Set<Long> people) {
        return new InvolvementEvent(r.getId(), r.getMunicipalityId(), r.getEventDate(), r.getEventType(),
                r.getEventLevel(), r.getTopic(), r.getOutcome(), workplaces, people);
    }
}
