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
     * TRACE_LEVEL_FILE=0: H2's own trace file would quote SQL with values in plain text.
     */
    static final String SETTINGS = ";WRITE_DELAY=0;FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=TRUE;TRACE_LEVEL_FILE=0";

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** What is on disk: nothing yet, a file without encryption (from before encryption, or tests), or an encrypted file. */
    public enum FileState { NONE, PLAIN, ENCRYPTED }

    /** Thrown when the password does not open the file. Carries no H2 text. */
    public static final class WrongPasswordException extends RuntimeException {
        public WrongPasswordException() {
            super("The password does not open the data file");
        }
    }

    /** Opens an unencrypted file: for tests and tools that make their own scratch files. */
    public static Database open(Path directory) {
        return open(directory, null);
    }

    /**
     * Opens (or creates) the file, encrypted with AES under {@code password} when one is given,
     * and migrates it. A wrong password gives {@link WrongPasswordException}.
     */
    public static Database open(Path directory, char[] password) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "jdbc:h2:file:" + directory.resolve(FILE_NAME).toAbsolutePath() + SETTINGS
                + (password == null ? "" : ";CIPHER=AES");
        // H2 takes "file password, space, user password" when the file is encrypted.
        String secret = password == null ? "" : new String(password) + " ";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "samspill", secret);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw wrongPassword(e) ? new WrongPasswordException() : e;
        }
        return new Database(directory, pool);
    }

    private static boolean wrongPassword(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && (sql.getErrorCode() == 28000 || sql.getErrorCode() == 90049
                    || sql.getErrorCode() == 90030)) {
                return true;
            }
        }
        return false;
    }

    public static FileState state(Path directory) {
        Path file = directory.resolve(FILE_NAME + ".mv.db");
        if (!Files.exists(file)) {
            return FileState.NONE;
        }
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(9);
            return new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("H2encrypt") ? FileState.ENCRYPTED : FileState.PLAIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Encrypts a closed plain file in place, or (with {@code oldPassword}) changes the password of an encrypted one. */
    public static void encrypt(Path directory, char[] oldPassword, char[] newPassword) {
        try {
            org.h2.tools.ChangeFileEncryption.execute(directory.toAbsolutePath().toString(), FILE_NAME, "AES",
                    oldPassword, newPassword, true);
        } catch (java.sql.SQLException e) {
            throw wrongPassword(e) ? new WrongPasswordException() : new IllegalStateException("Cannot change the file encryption", e);
        }
    }

    /** A plain JDBC connection for the few statements jOOQ does not model (SCRIPT). */
    java.sql.Connection connection() throws java.sql.SQLException {
        return pool.getConnection();
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
