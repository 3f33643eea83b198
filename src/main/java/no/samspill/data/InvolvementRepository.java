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
    public List<WorkplaceCoverage> coverage(long municipalityId, int year) {
        var candidates = DSL.selectCount().from(CANDIDATE)
                .where(CANDIDATE.MAIN_WORKPLACE_ID.eq(WORKPLACE.ID).and(CANDIDATE.STATUS.ne(CandidateStatus.ENDED))).asField("candidates");
        // An event at municipality level covers every workplace, whether or not it names them.
        var events = DSL.selectCount().from(INVOLVEMENT_EVENT)
                .where(INVOLVEMENT_EVENT.MUNICIPALITY_ID.eq(municipalityId)
                        .and(INVOLVEMENT_EVENT.EVENT_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                        .and(INVOLVEMENT_EVENT.EVENT_LEVEL.eq(InvolvementLevel.MUNICIPALITY).or(DSL.exists(DSL.selectOne()
                                .from(INVOLVEMENT_WORKPLACE).where(INVOLVEMENT_WORKPLACE.EVENT_ID.eq(INVOLVEMENT_EVENT.ID)
                                        .and(INVOLVEMENT_WORKPLACE.WORKPLACE_ID.eq(WORKPLACE.ID)))))))
                .asField("events");
        return dsl.select(WORKPLACE.ID, WORKPLACE.NAME, candidates, events).from(WORKPLACE)
                .where(WORKPLACE.MUNICIPALITY_ID.eq(municipalityId))
                .orderBy(WORKPLACE.NAME)
                .fetch(r -> new WorkplaceCoverage(r.value1(), r.value2(), ((Number) r.value3()).intValue(),
                        ((Number) r.value4()).intValue()))
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
