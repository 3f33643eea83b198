package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which engine the tests run on is the engine they say, and a server is reached over verified TLS. */
class EngineTest {

    @TempDir Path dir;

    @Test
    void theTestsRunOnTheEngineTheRunAskedFor() {
        TestDatabase db = new TestDatabase(dir);
        try {
            String version = String.valueOf(db.database.dsl().fetchValue(versionQuery(db.database.engine())));
            if (TestServer.configured().isPresent()) {
                assertEquals(Engine.POSTGRES, db.database.engine());
                assertTrue(version.startsWith("PostgreSQL"), version);
            } else {
                assertEquals(Engine.H2, db.database.engine());
                assertTrue(version.startsWith("2."), version);
            }
        } finally {
            db.database.close();
        }
    }

    private static String versionQuery(Engine engine) {
        return engine == Engine.POSTGRES ? "SELECT version()" : "SELECT H2VERSION()";
    }

    @Test
    void aServerIsReachedOverTlsWithItsCertificateCheckedAgainstItsName() {
        ServerAddress server = ServerAddress.verified("db.oslo.kommune.no", 5432, "samspill", "coordinator");
        assertTrue(server.jdbcUrl().contains("sslmode=verify-full"), server.jdbcUrl());
        assertThrows(IllegalArgumentException.class, () -> new ServerAddress("db.oslo.kommune.no", 5432, "samspill", "coordinator", true),
                "a connection without TLS is refused off the loopback address");
        assertTrue(new ServerAddress("127.0.0.1", 55432, "t", "postgres", true).jdbcUrl().contains("sslmode=disable"));
    }
}
