package no.samspill.data;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Which migrations run where: every engine runs {@code db/migration}; PostgreSQL then runs its own
 * {@code db/postgresql} (row-level security, ADR 0026).
 */
final class Migrations {

    private Migrations() {
    }

    static void run(DataSource source, Engine engine) {
        String[] locations = engine == Engine.POSTGRES
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        Flyway.configure().dataSource(source).locations(locations).load().migrate();
    }
}
