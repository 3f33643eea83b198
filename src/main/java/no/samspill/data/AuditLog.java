package no.samspill.data;

import static no.samspill.data.schema.Tables.AUDIT_ENTRY;
import static no.samspill.data.schema.Tables.AUDIT_HEAD;

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
import org.jooq.impl.DSL;

/**
 * Writes who changed what inside the caller's transaction: entity, id, action, the names of the
 * changed fields, the OS user and the database user. Never the values. Each entry's hash covers the entry and the previous hash,
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
        // The head's row lock makes concurrent writers take turns; the entry's id is drawn after it.
        var head = tx.select(AUDIT_HEAD.ENTRY_HASH, DSL.currentUser()).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1))
                .forUpdate().fetchSingle();
        String prev = head.value1();
        String dbUser = head.value2();
        String hash = hash(prev, now, entity, entityId, action.name(), fields, osUser, dbUser);
        tx.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, now)
                .set(AUDIT_ENTRY.ENTITY, entity)
                .set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.CHANGED_FIELDS, fields)
                .set(AUDIT_ENTRY.OS_USER, osUser)
                .set(AUDIT_ENTRY.DB_USER, dbUser)
                .set(AUDIT_ENTRY.PREVIOUS_HASH, prev)
                .set(AUDIT_ENTRY.ENTRY_HASH, hash)
                .execute();
        tx.update(AUDIT_HEAD).set(AUDIT_HEAD.ENTRY_HASH, hash).where(AUDIT_HEAD.ID.eq(1)).execute();
    }

    /** Deletes one row by id and records it, in the caller's transaction; a missing row is {@link RecordNotFoundException}. */
    public void delete(DSLContext tx, Table<?> table, TableField<?, Long> id, String entity, long entityId) {
        if (tx.deleteFrom(table).where(id.eq(entityId)).execute() == 0) {
            throw new RecordNotFoundException(entity, entityId);
        }
        record(tx, entity, entityId, Action.DELETE, List.of());
    }

    /** The entry's hash; an entry from before the database user was kept (null) hashes as it did then. */
    static String hash(String previous, OffsetDateTime at, String entity, long entityId, String action, String fields, String user,
                       String dbUser) {
        String canonical = String.join("|", previous, at.toInstant().toString(), entity, Long.toString(entityId), action,
                fields == null ? "" : fields, user) + (dbUser == null ? "" : "|" + dbUser);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
