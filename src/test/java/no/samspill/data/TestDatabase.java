package no.samspill.data;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import no.samspill.data.schema.Tables;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.Programme;
import no.samspill.domain.ReferralSource;

/**
 * A Flyway-migrated H2 file in a temporary folder, with a fixed clock, and the repositories as the
 * app builds them. With {@code -Dsamspill.test.postgres=host:port:user} every test database is a new,
 * empty database on that PostgreSQL server instead, so the same tests run on both engines.
 */
public final class TestDatabase implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Oslo"));

    public final Database database;
    public final Repositories repositories;
    public final AuditLog audit;
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
    public static final LocalDate TODAY = LocalDate.now(CLOCK);

    /** A candidate with the least the rules require, referred on {@code referred}. */
    public Candidate candidate(long municipalityId, String name, Long workplaceId, LocalDate referred) {
        return candidates.save(new Candidate(null, municipalityId, name, null, 2000, null,
                Gender.NOT_RECORDED, null, referred, ReferralSource.NAV, workplaceId,
                Programme.RECRUITMENT_THROUGH_INCLUSION, CandidateStatus.REFERRED, null, null));
    }

    /** The audit rows of one entity kind, as "action:fields". */
    public List<String> audit(String entity) {
        return database.dsl().selectFrom(Tables.AUDIT_ENTRY)
                .where(Tables.AUDIT_ENTRY.ENTITY.eq(entity))
                .orderBy(Tables.AUDIT_ENTRY.ID)
                .fetch(r -> r.getAction() + ":" + r.getChangedFields());
    }

    public TestDatabase(Path dir) {
        this(TestServer.configured().map(server -> server.freshDatabase(dir)).orElseGet(() -> Database.open(dir)));
    }

    /** Always the H2 file in {@code dir}, on any run: for tools that read the data folder itself (the command line). */
    public static TestDatabase file(Path dir) {
        return new TestDatabase(Database.open(dir));
    }

    private TestDatabase(Database opened) {
        database = opened;
        repositories = Repositories.of(database, CLOCK, "tester");
        audit = repositories.audit();
        municipalities = repositories.municipalities();
        candidates = repositories.candidates();
        lookups = repositories.lookups();
        settings = repositories.settings();
        demo = repositories.demo();
        workplaces = repositories.workplaces();
        mentors = repositories.mentors();
        representatives = repositories.representatives();
        involvement = repositories.involvement();
        training = repositories.training();
        employment = repositories.employment();
        overview = repositories.overview();
    }

    @Override
    public void close() {
        database.close();
    }
}
