package no.samspill.data;

import static no.samspill.data.schema.Tables.CANDIDATE;
import static no.samspill.data.schema.Tables.MUNICIPALITY;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import no.samspill.data.schema.DefaultSchema;
import no.samspill.domain.RefusedException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Moves all the data from one database to another, between the file and a server either way
 * ({@code migrate-to}, ADR 0026): every table, row for row with its own ids, in one transaction on
 * the target, which must hold no municipality yet. Then each table is read again on both sides and
 * compared by {@link TableChecksum}. Both sides must be migrated to the same version first.
 */
public final class TableTransfer {

    /** The target already holds a municipality's data; nothing was written. */
    public static final class TargetNotEmptyException extends RefusedException {
        public TargetNotEmptyException() {
            super("transfer.targetNotEmpty");
        }
    }

    /** One table on both sides after the move. */
    public record Compared(TableChecksum source, TableChecksum target) {
        public boolean same() {
            return source.rows() == target.rows() && source.sha256().equals(target.sha256());
        }
    }

    private static final int BATCH = 1_000;

    private TableTransfer() {
    }

    /** Copies, then compares every table; {@code progress} hears each table's name as it is copied. */
    public static List<Compared> copy(DSLContext from, DSLContext to, Consumer<String> progress) {
        List<Table<?>> tables = inKeyOrder();
        to.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(MUNICIPALITY) || tx.fetchExists(CANDIDATE)) {
                throw new TargetNotEmptyException();
            }
            // What the target's migrations put there (code lists, the audit head) gives way to the source's.
            for (Table<?> t : tables.reversed()) {
                tx.deleteFrom(t).execute();
            }
            for (Table<?> t : tables) {
                progress.accept(AuditLog.entity(t));
                copyTable(from, tx, t);
                if (t.getIdentity() != null) {
                    Engine.continueIdentity(tx, t, t.getIdentity().getField());
                }
            }
        });
        List<Compared> out = new ArrayList<>();
        for (Table<?> t : tables) {
            out.add(new Compared(TableChecksum.of(from, t), TableChecksum.of(to, t)));
        }
        return out;
    }

    private static void copyTable(DSLContext from, DSLContext tx, Table<?> t) {
        List<Field<?>> fields = TableChecksum.raw(t);
        Table<Record> target = DSL.table(DSL.name(t.getName()));
        from.transaction(read -> Engine.streaming(read.dsl(), () -> {
            List<Record> batch = new ArrayList<>(BATCH);
            try (var cursor = read.dsl().select(fields).from(t).orderBy(TableChecksum.order(t)).fetchSize(BATCH).fetchLazy()) {
                for (Record r : cursor) {
                    batch.add(r);
                    if (batch.size() == BATCH) {
                        tx.insertInto(target, fields).valuesOfRecords(batch).execute();
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                tx.insertInto(target, fields).valuesOfRecords(batch).execute();
            }
            return null;
        }));
    }

    /** Every table of the schema but Flyway's own, each after the tables its keys refer to. */
    static List<Table<?>> inKeyOrder() {
        Set<Table<?>> ordered = new LinkedHashSet<>();
        List<Table<?>> all = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> !t.getName().toLowerCase(Locale.ROOT).startsWith("flyway")).toList();
        while (ordered.size() < all.size()) {
            int before = ordered.size();
            for (Table<?> t : all) {
                if (!ordered.contains(t) && t.getReferences().stream().map(ForeignKey::getKey).map(k -> k.getTable())
                        .allMatch(r -> r.equals(t) || ordered.contains(r) || !all.contains(r))) {
                    ordered.add(t);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("The tables' keys refer to each other in a circle");
            }
        }
        return List.copyOf(ordered);
    }
}
