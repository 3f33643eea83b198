package no.samspill.data;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import org.jooq.DSLContext;
import java.util.List;
import java.util.Locale;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Writes who changed what inside the caller's transaction: entity, id, action and the names of
 * the changed fields. Never the values. Each entry's hash covers the entry and the previous hash,
 * so a row changed, removed or inserted behind the app's back breaks the chain ({@link AuditVerifier}).
 */
public final class AuditLog {

    public enum Action { CREATE, UPDATE, DELETE, ANONYMISE }

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final Clock clock;
    private final String osUser;

    public AuditLog(Clock clock, String osUser) {
        this.clock = clock;
        this.osUser = osUser;
    }

    /** The name an entry gives a row of {@code table}: the table's own name. */
    public static String entity(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    public void record(DSLContext tx, String entity, long entityId, Action action, Collection<String> changedFields) {
        // Microseconds: what the column keeps, so the hash can be recomputed from the stored row.
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String fields = String.join(",", changedFields);
        String previous = tx.select(AUDIT_ENTRY.ENTRY_HASH).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID.desc()).limit(1)
                .fetchOptional(AUDIT_ENTRY.ENTRY_HASH).orElse(null);
        String prev = previous == null ? GENESIS : previous;
        tx.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, now)
                .set(AUDIT_ENTRY.ENTITY, entity)
                .set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.CHANGED_FIELDS, fields)
                .set(AUDIT_ENTRY.OS_USER, osUser)
                .set(AUDIT_ENTRY.PREVIOUS_HASH, prev)
                .set(AUDIT_ENTRY.ENTRY_HASH, hash(prev, now, entity, entityId, action.name(), fields, osUser))
                .execute();
    }

    /** Deletes one row by id and records it, in the caller's transaction; a missing row is {@link RecordNotFoundException}. */
    public void delete(DSLContext tx, Table<?> table, TableField<?, Long> id, String entity, long entityId) {
        if (tx.deleteFrom(table).where(id.eq(entityId)).execute() == 0) {
            throw new RecordNotFoundException(entity, entityId);
        }
        record(tx, entity, entityId, Action.DELETE, List.of());
    }

    static String hash(String previous, OffsetDateTime at, String entity, long entityId, String action, String fields, String user) {
        String canonical = String.join("|", previous, at.toInstant().toString(), entity, Long.toString(entityId), action,
                fields == null ? "" : fields, user);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
