package no.samspill.data;

import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.UpdatableRecord;

/**
 * The records one owner holds in one table (a candidate's Nav measures, a municipality's grants):
 * listed in a fixed order, each save validated and then one audited transaction, each delete too.
 */
public final class OwnedRecords<D extends Record, R extends UpdatableRecord<R>> {

    private final DSLContext dsl;
    private final AuditedWrites writes;
    private final Stored<D, R> kind;
    private final Consumer<D> validate;
    private final List<OrderField<?>> order;

    OwnedRecords(DSLContext dsl, AuditLog audit, Stored<D, R> kind, Consumer<D> validate, OrderField<?>... order) {
        this.dsl = dsl;
        this.writes = new AuditedWrites(audit);
        this.kind = kind;
        this.validate = validate;
        this.order = List.of(order);
    }

    public List<D> of(long ownerId) {
        return dsl.selectFrom(kind.table()).where(kind.owner().eq(ownerId)).orderBy(order)
                .fetch(r -> kind.read().apply(dsl, r));
    }

    public D save(D value) {
        return save(value, null);
    }

    /** As above, refused ({@link ChangedElsewhereException}) when the stored record is no longer {@code seen}. */
    public D save(D value, D seen) {
        validate.accept(value);
        return dsl.transactionResult(cfg -> writes.saveOver(cfg.dsl(), kind, value, seen).value());
    }

    public void delete(long id) {
        dsl.transaction(cfg -> writes.delete(cfg.dsl(), kind, id));
    }
}
