package no.samspill.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.samspill.domain.RecordDiff;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * The one way a domain record is saved, inside the caller's transaction: lock the row, compare
 * field by field, return early when nothing changed, store, and write the audit entry with the
 * names of the changed fields. {@code updated_at} is stamped by {@link UpdatedAtStamp}.
 */
public final class AuditedWrites {

    /** A column that is not part of the domain record but is saved and audited with it. */
    public record Column<R extends UpdatableRecord<R>, T>(String name, TableField<R, T> field, T value) {
    }

    /** What a save did: the record as stored, and whether it created or changed anything. */
    public record Saved<D, R>(D value, R row, boolean created, List<String> changed) {
        public boolean changedAnything() {
            return !changed.isEmpty();
        }
    }

    private final AuditLog audit;

    public AuditedWrites(AuditLog audit) {
        this.audit = audit;
    }

    @SafeVarargs
    public final <D extends Record, R extends UpdatableRecord<R>> Saved<D, R> save(
            DSLContext tx, Stored<D, R> kind, D draft, Column<R, ?>... columns) {
        return saveOver(tx, kind, draft, null, columns);
    }

    /**
     * As {@link #save}, refusing with {@link ChangedElsewhereException} when the stored record is no
     * longer the one the user started from ({@code seen}; null: not checked): someone else, on
     * another laptop on the same server, saved it first, and their change is not overwritten. The row
     * is locked before the comparison, so two saves over the same record cannot both pass it.
     */
    @SafeVarargs
    public final <D extends Record, R extends UpdatableRecord<R>> Saved<D, R> saveOver(
            DSLContext tx, Stored<D, R> kind, D draft, D seen, Column<R, ?>... columns) {
        Long id = kind.id().apply(draft);
        boolean create = id == null;
        R row;
        D value;
        List<String> changed;
        if (create) {
            row = tx.newRecord(kind.table());
            row.set(kind.owner(), kind.ownerOf().apply(draft));
            value = draft;
            changed = new ArrayList<>(RecordDiff.allFields(draft));
        } else {
            row = lock(tx, kind, id);
            D before = kind.read().apply(tx, row);
            if (seen != null && !seen.equals(before)) {
                throw new ChangedElsewhereException(kind.entity());
            }
            value = kind.keep().apply(before, draft);
            changed = new ArrayList<>(RecordDiff.changedFields(before, value));
        }
        for (Column<R, ?> c : columns) {
            if (set(row, c)) {
                changed.add(c.name());
            }
        }
        if (!create && changed.isEmpty()) {
            return new Saved<>(kind.read().apply(tx, row), row, false, List.of());
        }
        kind.write().accept(value, row);
        row.store();
        audit.record(tx, kind.entity(), row.get(kind.key()), create ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, changed);
        return new Saved<>(kind.read().apply(tx, row), row, create, List.copyOf(changed));
    }

    /** The row, locked for the rest of the transaction; a row deleted meanwhile is {@link RecordNotFoundException}. */
    public <R extends UpdatableRecord<R>> R lock(DSLContext tx, Stored<?, R> kind, long id) {
        return tx.selectFrom(kind.table()).where(kind.key().eq(id)).forUpdate().fetchOptional()
                .orElseThrow(() -> new RecordNotFoundException(kind.entity(), id));
    }

    /** Deletes one row and records it; a missing row is {@link RecordNotFoundException}. */
    public void delete(DSLContext tx, Stored<?, ?> kind, long id) {
        audit.delete(tx, kind.table(), kind.key(), kind.entity(), id);
    }

    /** Sets one audited column; true when the stored value differs from the new one. */
    private static <R extends UpdatableRecord<R>, T> boolean set(R row, Column<R, T> c) {
        boolean differs = !Objects.equals(row.get(c.field()), c.value());
        row.set(c.field(), c.value());
        return differs;
    }
}
