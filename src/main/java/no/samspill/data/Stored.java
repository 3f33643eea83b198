package no.samspill.data;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * How one kind of domain record lives in its table, for {@link AuditedWrites}: its key, the owner
 * set once when the row is created, how to read and write the row, and what an update keeps from
 * the stored record (for instance a candidate's status, which only a status change may move).
 * The audit log names the record by its table.
 */
public record Stored<D extends Record, R extends UpdatableRecord<R>>(
        Table<R> table,
        TableField<R, Long> key,
        Function<D, Long> id,
        TableField<R, Long> owner,
        Function<D, Long> ownerOf,
        BiFunction<DSLContext, R, D> read,
        BiConsumer<D, R> write,
        BinaryOperator<D> keep) {

    /** A kind whose row alone makes the domain record, and whose update stores the form as it is. */
    public static <D extends Record, R extends UpdatableRecord<R>> Stored<D, R> of(
            Table<R> table, TableField<R, Long> key, Function<D, Long> id, TableField<R, Long> owner,
            Function<D, Long> ownerOf, Function<R, D> read, BiConsumer<D, R> write) {
        return new Stored<>(table, key, id, owner, ownerOf, (tx, r) -> read.apply(r), write, (before, draft) -> draft);
    }

    /** The same kind, reading the domain record with other rows of the transaction (links, for instance). */
    public Stored<D, R> readWith(BiFunction<DSLContext, R, D> reader) {
        return new Stored<>(table, key, id, owner, ownerOf, reader, write, keep);
    }

    /** The same kind, where an update takes what {@code rule} keeps from the stored record. */
    public Stored<D, R> keeping(BinaryOperator<D> rule) {
        return new Stored<>(table, key, id, owner, ownerOf, read, write, rule);
    }

    /** The name the audit log and error messages use. */
    public String entity() {
        return AuditLog.entity(table);
    }
}
