package no.samspill.data;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;

/**
 * The database engines Samspill runs on, and the one place where they differ for jOOQ: the
 * embedded H2 file (the default) and a municipality's PostgreSQL server (shared mode, ADR 0026).
 * The migrations and the generated code are the same for both.
 */
public enum Engine {

    H2(SQLDialect.H2),
    POSTGRES(SQLDialect.POSTGRES);

    private final SQLDialect dialect;

    Engine(SQLDialect dialect) {
        this.dialect = dialect;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /**
     * The code is generated from H2, which folds unquoted names to upper case; PostgreSQL folds them
     * to lower case. Names are therefore written unquoted, and each engine folds them its own way to
     * the tables the same migrations made.
     */
    public Settings settings() {
        Settings settings = new Settings().withExecuteLogging(false);
        // PostgreSQL's driver streams a result inside a transaction only when given a fetch size.
        return this == POSTGRES ? settings.withRenderQuotedNames(RenderQuotedNames.NEVER).withFetchSize(2_000) : settings;
    }

    public static Engine of(DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.POSTGRES ? POSTGRES : H2;
    }

    /**
     * Runs {@code reads} in {@code tx} with large results streamed rather than held: H2 buffers a
     * result past 40,000 rows on disk unless told to stream it; PostgreSQL streams by its fetch size.
     */
    public static <T> T streaming(DSLContext tx, java.util.function.Supplier<T> reads) {
        if (of(tx) == POSTGRES) {
            return reads.get();
        }
        tx.execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            return reads.get();
        } finally {
            tx.execute("SET LAZY_QUERY_EXECUTION FALSE");
        }
    }

    /**
     * After rows were copied in with their own ids ({@link TableTransfer}): the table's identity
     * continues after the highest id, so the next record made gets a new one.
     */
    public static void continueIdentity(DSLContext tx, org.jooq.Table<?> table, org.jooq.Field<?> id) {
        Long max = tx.select(org.jooq.impl.DSL.max(id.coerce(Long.class))).from(table).fetchOne(0, Long.class);
        long next = max == null ? 1 : max + 1;
        if (of(tx) == POSTGRES) {
            tx.fetch("SELECT setval(pg_get_serial_sequence({0}, {1}), {2}, false)", table.getName().toLowerCase(java.util.Locale.ROOT),
                    id.getName().toLowerCase(java.util.Locale.ROOT), next);
        } else {
            tx.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN " + id.getName() + " RESTART WITH " + next);
        }
    }
}
