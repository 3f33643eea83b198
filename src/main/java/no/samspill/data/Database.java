package no.samspill.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 file in the data directory: opened (or created), migrated by Flyway, and handed
 * out as a jOOQ {@link DSLContext}. See docs/decisions/0004 for the H2 settings.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "samspill";

    /**
     * Safety over speed: WRITE_DELAY=0 writes each commit to the file at once instead of up to
     * half a second later; the file lock stops a second process from opening the same file.
     */
    static final String SETTINGS = ";WRITE_DELAY=0;FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=TRUE";

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    public static Database open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "jdbc:h2:file:" + directory.resolve(FILE_NAME).toAbsolutePath() + SETTINGS;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "samspill", "");
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(directory, pool);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
