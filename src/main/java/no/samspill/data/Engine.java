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
}
