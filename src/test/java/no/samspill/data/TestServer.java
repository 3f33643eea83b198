package no.samspill.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

/**
 * The PostgreSQL server the tests run against when {@code samspill.test.postgres} names one
 * ({@code host:port:user}, loopback, no password: CI starts it so in .ci/run).
 */
public record TestServer(String host, int port, String user) {

    public static final String PROPERTY = "samspill.test.postgres";

    public static Optional<TestServer> configured() {
        String value = System.getProperty(PROPERTY, "");
        if (value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = value.split(":");
        return Optional.of(new TestServer(parts[0], Integer.parseInt(parts[1]), parts[2]));
    }

    public ServerAddress address(String database) {
        return new ServerAddress(host, port, database, user, true);
    }

    /** The database that stands for one folder: a new, empty one the first time, the same when opened again. */
    private static final Map<Path, String> FOR_FOLDER = new ConcurrentHashMap<>();

    /** Each test gets its own database, as each gets its own folder; a folder opened again is the same data. */
    public Database freshDatabase(Path dir) {
        ServerDatabase.migrate(address(databaseFor(dir)), new char[0]);
        return ServerDatabase.open(address(databaseFor(dir)), new char[0], dir);
    }

    public String databaseFor(Path dir) {
        return FOR_FOLDER.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> createDatabase());
    }

    public String createDatabase() {
        String name = "samspill_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        return name;
    }

    /** A statement on the server's maintenance database (creating databases and roles). */
    public void execute(String sql) {
        execute("postgres", sql);
    }

    /** A statement as the server's administrator, on {@code database}. */
    public void execute(String database, String sql) {
        try (Connection c = DriverManager.getConnection(address(database).jdbcUrl(), user, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The test server refused: " + sql, e);
        }
    }
}
