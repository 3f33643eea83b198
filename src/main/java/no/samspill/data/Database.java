package no.samspill.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

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
     * CACHE_SIZE=65536 (KB): H2's default of 16 MB holds less than the list's index and the tables a
     * session reads at 100,000 candidates, so a name search after other screens re-read and decrypted
     * the index (180 ms instead of 25); the cache fills only as far as the data goes.
     */
    static final String SETTINGS = ";WRITE_DELAY=0;FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=TRUE;TRACE_LEVEL_FILE=0;CACHE_SIZE=65536";

    private final Path directory;
    private final DataSource pool;
    private final Runnable dispose;
    private final Engine engine;
    private final DSLContext dsl;
    private DataKey key;
    private char[] secret;
    private boolean compactOnClose;
    /** An older file was migrated in this session: its new indexes left the old pages behind. */
    private boolean upgraded;

    Database(Path directory, DataSource pool, Runnable dispose, Engine engine) {
        this.directory = directory;
        this.pool = pool;
        this.dispose = dispose;
        this.engine = engine;
        this.dsl = DSL.using(pool, engine.dialect(), engine.settings());
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
     * Opens (or creates) the file, encrypted with AES under the key derived from {@code password}
     * (ADR 0012), and migrates it. A wrong password gives {@link WrongPasswordException}. A file
     * from before the key derivation is re-encrypted under a derived key here, after a backup.
     */
    public static Database open(Path directory, char[] password) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (password == null) {
            return openWith(directory, null);
        }
        if (state(directory) == FileState.NONE) {
            DataKey key = DataKey.fresh(password);
            key.save(directory, DataKey.FILE);
            return openWith(directory, key);
        }
        DataKey current = DataKey.stored(directory, DataKey.FILE, password);
        boolean changeInterrupted = Files.exists(directory.resolve(DataKey.PENDING));
        if (current != null) {
            try {
                return openWith(directory, current);
            } catch (WrongPasswordException e) {
                if (!changeInterrupted) {
                    throw e;
                }
            }
        }
        // Derived only when needed: each derivation costs most of a second.
        DataKey pending = changeInterrupted ? DataKey.stored(directory, DataKey.PENDING, password) : null;
        if (pending != null) {
            Database db = openWith(directory, pending);
            move(directory, DataKey.PENDING, DataKey.FILE);
            return db;
        }
        return LegacyKey.migrate(directory, password);
    }

    /** Opens with a derived key (null: a plain file), and writes the key check that tells a wrong password from a damaged file. */
    static Database openWith(Path directory, DataKey key) {
        String url = fileUrl(directory) + (key == null ? "" : ";CIPHER=AES");
        Database db = openPool(directory, url, key == null ? new char[0] : withUserPassword(key.h2Password()), false);
        db.key = key;
        db.compactOnClose = true;
        try {
            db.upgraded = Migrations.runAfterBackup(db, db.pool);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        if (key != null) {
            KeyCheck.write(directory, key);
        }
        return db;
    }

    /** The data file in {@code directory} with the app's settings; the caller adds the cipher and any mode. */
    static String fileUrl(Path directory) {
        return "jdbc:h2:file:" + directory.resolve(FILE_NAME).toAbsolutePath() + SETTINGS;
    }

    /** H2 reads "file password, space, user password"; the user password is empty. */
    static char[] withUserPassword(char[] filePassword) {
        char[] secret = Arrays.copyOf(filePassword, filePassword.length + 1);
        secret[filePassword.length] = ' ';
        Arrays.fill(filePassword, '\0');
        return secret;
    }

    /** The pool keeps {@code secret} for new connections; it is cleared when the database closes. */
    static Database openPool(Path directory, String url, char[] secret) {
        return openPool(directory, url, secret, true);
    }

    /** As above; {@code migrate} false for a file opened read-only, which is never changed. */
    static Database openPool(Path directory, String url, char[] secret, boolean migrate) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("samspill");
        source.setPasswordChars(secret);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        try {
            if (migrate) {
                Migrations.run(pool, Engine.H2);
            } else {
                try (var c = pool.getConnection()) {
                    c.isValid(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        } catch (RuntimeException e) {
            pool.dispose();
            Arrays.fill(secret, '\0');
            throw wrongPassword(e) ? new WrongPasswordException() : e;
        }
        Database db = new Database(directory, pool, pool::dispose, Engine.H2);
        db.secret = secret;
        return db;
    }

    static void move(Path directory, String from, String to) {
        try {
            Files.move(directory.resolve(from), directory.resolve(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean wrongPassword(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && (sql.getErrorCode() == 28000 || sql.getErrorCode() == 90049
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
            return new String(head, StandardCharsets.US_ASCII).equals("H2encrypt") ? FileState.ENCRYPTED : FileState.PLAIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Encrypts a closed plain file in place ({@code oldPassword} null), or changes the password of an
     * encrypted one ({@link FileEncryption}).
     */
    public static void encrypt(Path directory, char[] oldPassword, char[] newPassword) {
        FileEncryption.change(directory, oldPassword, newPassword);
    }

    void attachKey(DataKey derived) {
        this.key = derived;
    }

    /** The derived key this file is encrypted with, for the backups; null for a plain file. */
    DataKey key() {
        return key;
    }

    /** A plain JDBC connection for the few statements jOOQ does not model (SCRIPT). */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public Engine engine() {
        return engine;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        if (compactOnClose) {
            FileCompaction.compact(this, upgraded);
        }
        dispose.run();
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
