package no.samspill.data;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.jooq.DSLContext;

/**
 * Writes who changed what inside the caller's transaction: entity, id, action and the names of
 * the changed fields. Never the values.
 */
public final class AuditLog {

    public enum Action { CREATE, UPDATE, DELETE, ANONYMISE }

    private final Clock clock;
    private final String osUser;

    public AuditLog(Clock clock, String osUser) {
        this.clock = clock;
        this.osUser = osUser;
    }

    public void record(DSLContext tx, String entity, long entityId, Action action, Collection<String> changedFields) {
        tx.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(AUDIT_ENTRY.ENTITY, entity)
                .set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.CHANGED_FIELDS, String.join(",", changedFields))
                .set(AUDIT_ENTRY.OS_USER, osUser)
                .execute();
    }
}
