package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.INVOLVEMENT_EVENT;
import static no.samspill.data.schema.Tables.INVOLVEMENT_PARTICIPANT;
import static no.samspill.data.schema.Tables.INVOLVEMENT_WORKPLACE;
import static no.samspill.data.schema.Tables.WORKPLACE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.data.schema.tables.records.InvolvementEventRecord;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.RecordDiff;
import no.samspill.domain.WorkplaceCoverage;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import no.samspill.domain.TextRules;

/** Involvement events with the workplaces they covered and the tillitsvalgte who took part. */
public final class InvolvementRepository {

    static final String ENTITY = "involvement_event";

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Clock clock;

    public InvolvementRepository(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
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

    /** Saves the event and replaces its workplace and participant links, in one transaction. */
    public InvolvementEvent save(InvolvementEvent e) {
        InvolvementEvent clean = new InvolvementEvent(e.id(), e.municipalityId(), e.date(), e.type(), e.level(),
                WorkplaceRepository.strip(e.topic()), TextRules.blankToNull(e.outcome()),
                e.workplaceIds(), e.representativeIds());
        clean.validate(LocalDate.now(clock));
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            InvolvementEventRecord r;
            List<String> changed;
            if (clean.id() == null) {
                r = tx.newRecord(INVOLVEMENT_EVENT);
                r.setMunicipalityId(clean.municipalityId());
                changed = RecordDiff.allFields(clean);
            } else {
                r = tx.selectFrom(INVOLVEMENT_EVENT).where(INVOLVEMENT_EVENT.ID.eq(clean.id())).forUpdate().fetchOptional()
                        .orElseThrow(() -> new RecordNotFoundException(ENTITY, clean.id()));
                changed = RecordDiff.changedFields(find(tx, r), clean);
                r.setUpdatedAt(OffsetDateTime.now(clock));
            }
            if (changed.isEmpty()) {
                return clean;
            }
            r.setEventDate(clean.date());
            r.setEventType(clean.type().name());
            r.setEventLevel(clean.level().name());
            r.setTopic(clean.topic());
            r.setOutcome(clean.outcome());
            r.store();
            long id = r.getId();
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
            audit.record(tx, ENTITY, id, clean.id() == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, changed);
            return toDomain(r, clean.workplaceIds(), clean.representativeIds());
        });
    }

    public void delete(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            audit.delete(tx, INVOLVEMENT_EVENT, INVOLVEMENT_EVENT.ID, ENTITY, id);
        });
    }

    /**
     * For each workplace that is the main workplace of a candidate who is not ended, how many events
     * of {@code year} covered it.
     */
    public List<WorkplaceCoverage> coverage(long municipalityId, int year) {
        var candidates = DSL.selectCount().from(CANDIDATE)
                .where(CANDIDATE.MAIN_WORKPLACE_ID.eq(WORKPLACE.ID).and(CANDIDATE.STATUS.ne("ENDED"))).asField("candidates");
        var events = DSL.selectCount().from(INVOLVEMENT_WORKPLACE).join(INVOLVEMENT_EVENT)
                .on(INVOLVEMENT_EVENT.ID.eq(INVOLVEMENT_WORKPLACE.EVENT_ID))
                .where(INVOLVEMENT_WORKPLACE.WORKPLACE_ID.eq(WORKPLACE.ID)
                        .and(INVOLVEMENT_EVENT.EVENT_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))))
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
        return new InvolvementEvent(r.getId(), r.getMunicipalityId(), r.getEventDate(), InvolvementType.valueOf(r.getEventType()),
                InvolvementLevel.valueOf(r.getEventLevel()), r.getTopic(), r.getOutcome(), workplaces, people);
    }
}
