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
    public final WorkplaceRepository workplaces;
    public final MentorRepository mentors;
    public final RepresentativeRepository representatives;
    public final InvolvementRepository involvement;
    public final TrainingRepository training;
    public final EmploymentRepository employment;
    public final OverviewRepository overview;

    /** Today by the test clock. */
    public static final java.time.LocalDate TODAY = java.time.LocalDate.now(CLOCK);

    /** A candidate with the least the rules require, referred on {@code referred}. */
    public no.samspill.domain.Candidate candidate(long municipalityId, String name, Long workplaceId, java.time.LocalDate referred) {
        return candidates.save(new no.samspill.domain.Candidate(null, municipalityId, name, null, 2000, null,
                no.samspill.domain.Gender.NOT_RECORDED, null, referred, no.samspill.domain.ReferralSource.NAV, workplaceId,
                no.samspill.domain.Programme.RECRUITMENT_THROUGH_INCLUSION, no.samspill.domain.CandidateStatus.REFERRED, null, null));
    }

    /** The audit rows of one entity kind, as "action:fields". */
    public java.util.List<String> audit(String entity) {
        return database.dsl().selectFrom(no.samspill.data.schema.Tables.AUDIT_ENTRY)
                .where(no.samspill.data.schema.Tables.AUDIT_ENTRY.ENTITY.eq(entity))
                .orderBy(no.samspill.data.schema.Tables.AUDIT_ENTRY.ID)
                .fetch(r -> r.getAction() + ":" + r.getChangedFields());
    }

    public TestDatabase(Path dir) {
        database = Database.open(dir);
        municipalities = new MunicipalityRepository(database.dsl(), audit);
        candidates = new CandidateRepository(database.dsl(), audit, CLOCK);
        lookups = new LookupRepository(database.dsl());
        settings = new SettingsRepository(database.dsl(), CLOCK);
        demo = new DemoData(database.dsl(), municipalities, CLOCK);
        workplaces = new WorkplaceRepository(database.dsl(), audit, CLOCK);
        mentors = new MentorRepository(database.dsl(), audit, CLOCK);
        representatives = new RepresentativeRepository(database.dsl(), audit, CLOCK);
        involvement = new InvolvementRepository(database.dsl(), audit, CLOCK);
        training = new TrainingRepository(database.dsl(), audit, CLOCK);
        employment = new EmploymentRepository(database.dsl(), audit, CLOCK);
        overview = new OverviewRepository(database.dsl());
    }
}
