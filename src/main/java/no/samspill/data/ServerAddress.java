package no.samspill.data;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Where a municipality's PostgreSQL server is, and as whom Samspill signs in. The connection always
 * verifies the server's certificate against its name (sslmode=verify-full), except on the machine's
 * own loopback address when asked to, which is how the tests and a coordinator's trial server run.
 */
public record ServerAddress(String host, int port, String database, String user, boolean plainOnLoopback) {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "localhost");

    public ServerAddress {
        if (host == null || host.isBlank() || database == null || database.isBlank() || user == null || user.isBlank()) {
            throw new IllegalArgumentException("A server needs a host, a database and a user");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        if (plainOnLoopback && !LOOPBACK.contains(host)) {
            throw new IllegalArgumentException("A connection without TLS is allowed on the loopback address only");
        }
    }

    /** The address with TLS required and the certificate verified. */
    public static ServerAddress verified(String host, int port, String database, String user) {
        return new ServerAddress(host, port, database, user, false);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8)
                + "?sslmode=" + (plainOnLoopback ? "disable" : "verify-full")
                + "&ApplicationName=Samspill&connectTimeout=5";
    }

    public ServerAddress withUser(String other) {
        return new ServerAddress(host, port, database, other, plainOnLoopback);
    }

    public ServerAddress withDatabase(String other) {
        return new ServerAddress(host, port, other, user, plainOnLoopback);
    }
}
