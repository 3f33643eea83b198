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
        Flyway.configure().dataSource(source).locations(locations(engine)).load().migrate();
    }

    /**
     * Migrates the file, first taking an ordinary backup (listed in Innstillinger → restore) when it
     * holds data from an older version: an upgrade that went wrong can be undone. True when it did
     * upgrade such a file.
     */
    static boolean runAfterBackup(Database db, DataSource source) {
        Flyway flyway = Flyway.configure().dataSource(source).locations(locations(Engine.H2)).load();
        var info = flyway.info();
        boolean upgrade = info.applied().length > 0 && info.pending().length > 0;
        if (db.key() != null && upgrade) {
            Backups.automatic(db, db.directory(), java.time.LocalDateTime.now());
        }
        flyway.migrate();
        return upgrade;
    }

    static String[] locations(Engine engine) {
        return engine == Engine.POSTGRES
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
    }
}
