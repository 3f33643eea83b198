package no.samspill.data;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.samspill.domain.AuditEntry;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads the audit log for the viewer, newest first, filtered in the database. */
public final class AuditRepository {

    private final DSLContext dsl;
    private final AuditNames names;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.names = new AuditNames(dsl);
    }

    /** What each entry is about, by name, where the record still exists: entity, then id, then name. */
    public Map<String, Map<Long, String>> names(List<AuditEntry> entries) {
        return names.of(entries);
    }

    public List<String> entities() {
        return dsl.selectDistinct(AUDIT_ENTRY.ENTITY).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ENTITY).fetch(AUDIT_ENTRY.ENTITY);
    }

    /** Entries from {@code from} to {@code to} (inclusive days, either may be null), of an entity and action (null: all). */
    public List<AuditEntry> search(LocalDate from, LocalDate to, String entity, String action, int limit, ZoneId zone) {
        Condition where = DSL.trueCondition();
        if (from != null) {
            where = where.and(AUDIT_ENTRY.OCCURRED_AT.ge(from.atStartOfDay(zone).toOffsetDateTime()));
        }
        if (to != null) {
            where = where.and(AUDIT_ENTRY.OCCURRED_AT.lt(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        if (entity != null) {
            where = where.and(AUDIT_ENTRY.ENTITY.eq(entity));
        }
        if (action != null) {
            where = where.and(AUDIT_ENTRY.ACTION.eq(action));
        }
        return dsl.selectFrom(AUDIT_ENTRY).where(where).orderBy(AUDIT_ENTRY.ID.desc()).limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getEntity(), r.getEntityId(), r.getAction(),
                        r.getChangedFields(), r.getOsUser()));
    }
}
