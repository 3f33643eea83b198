package no.samspill.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import no.samspill.domain.RefusedException;
import org.flywaydb.core.Flyway;

/**
 * Shared mode: the municipality's PostgreSQL server in place of the file (ADR 0026). The schema's
 * owner migrates it ({@link #migrate}); coordinators sign in with roles that may only read and write
 * rows ({@link #open}), so the app itself never changes the schema on the server.
 */
public final class ServerDatabase {

    /** The server's schema is not the one this version of Samspill works with. */
    public static final class NotReadyException extends RefusedException {
        public NotReadyException() {
            super("server.notReady");
        }
    }

    /** The server did not answer (down, no network, wrong name or port); nothing was opened. */
    public static final class UnreachableException extends RefusedException {
        public UnreachableException(Throwable cause) {
            super("server.unreachable");
            initCause(cause);
        }
    }

    private ServerDatabase() {
    }

    /**
     * Connects as a coordinator. {@code localDirectory} holds what stays on the laptop (settings,
     * the read-only snapshot). The pool keeps the password for new connections while the app runs.
     */
    public static Database open(ServerAddress address, char[] password, Path localDirectory) {
        HikariDataSource source = connect(address, password);
        try {
            if (!Flyway.configure().dataSource(source).locations(Migrations.locations(Engine.POSTGRES)).load()
                    .validateWithResult().validationSuccessful) {
                throw new NotReadyException();
            }
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        return new Database(localDirectory, source, source::close, Engine.POSTGRES);
    }

    /**
     * Brings the server's schema up to this version, as the schema's owner (the administrator's
     * role, never a coordinator's): the same migrations as the file, then the server's own.
     */
    public static void migrate(ServerAddress owner, char[] password) {
        try (HikariDataSource source = pool(owner, password, 2)) {
            Migrations.run(source, Engine.POSTGRES);
        }
    }

    /** The pool, with a refusal told apart from a server that does not answer. */
    private static HikariDataSource connect(ServerAddress address, char[] password) {
        try {
            return pool(address, password, 4);
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof SQLException sql && sql.getSQLState() != null) {
                    if (sql.getSQLState().startsWith("28")) {
                        throw new Database.WrongPasswordException();
                    }
                    if (sql.getSQLState().startsWith("08")) {
                        throw new UnreachableException(e);
                    }
                }
            }
            throw e;
        }
    }

    private static HikariDataSource pool(ServerAddress address, char[] password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        config.setPassword(new String(password));
        config.setMaximumPoolSize(size);
        config.setPoolName("samspill-server");
        return new HikariDataSource(config);
    }
}
