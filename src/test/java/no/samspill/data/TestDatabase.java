package no.samspill.data;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A Flyway-migrated H2 file in a temporary folder, with a fixed clock. */
public final class TestDatabase {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Oslo"));

    public final Database database;
    public final AuditLog audit = new AuditLog(CLOCK, "tester");
    public final MunicipalityRepository municipalities;
    public final CandidateRepository candidates;
    public final LookupRepository lookups;
    public final SettingsRepository settings;
    public final DemoData demo;

    public TestDatabase(Path dir) {
        database = Database.open(dir);
        municipalities = new MunicipalityRepository(database.dsl(), audit);
        candidates = new CandidateRepository(database.dsl(), audit, CLOCK);
        lookups = new LookupRepository(database.dsl());
        settings = new SettingsRepository(database.dsl(), CLOCK);
        demo = new DemoData(database.dsl(), municipalities, CLOCK);
    }
}
