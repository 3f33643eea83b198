package no.samspill.data;

import java.time.Clock;
import org.jooq.DSLContext;

/**
 * Every repository over one open database, built in one place for the app, the command line and
 * the tests alike. Their statements run through a configuration that stamps {@code updated_at}
 * with {@code clock} ({@link UpdatedAtStamp}), and their audit entries name {@code osUser}.
 */
public record Repositories(
        Clock clock,
        AuditLog audit,
        MunicipalityRepository municipalities,
        CandidateRepository candidates,
        LookupRepository lookups,
        SettingsRepository settings,
        DemoData demo,
        WorkplaceRepository workplaces,
        MentorRepository mentors,
        RepresentativeRepository representatives,
        InvolvementRepository involvement,
        TrainingRepository training,
        EmploymentRepository employment,
        MeasureRepository measures,
        OverviewRepository overview,
        PersonalDataRepository personalData,
        EvaluationRepository evaluation,
        AuditRepository auditEntries,
        AuditVerifier auditVerifier,
        CodeListRepository codeLists,
        ReportingRepository reporting,
        CooperationRepository cooperation,
        NeedsRepository needs,
        PlacementRepository placement,
        CandidateImport candidateImport) {

    public static Repositories of(Database database, Clock clock, String osUser) {
        DSLContext dsl = database.dsl().configuration().derive(new UpdatedAtStamp(clock)).dsl();
        AuditLog audit = new AuditLog(clock, osUser);
        MunicipalityRepository municipalities = new MunicipalityRepository(dsl, audit);
        SettingsRepository settings = new SettingsRepository(dsl);
        CandidateRepository candidates = new CandidateRepository(dsl, audit, clock);
        return new Repositories(clock, audit, municipalities,
                candidates,
                new LookupRepository(dsl),
                settings,
                new DemoData(dsl, municipalities, clock),
                new WorkplaceRepository(dsl, audit),
                new MentorRepository(dsl, audit),
                new RepresentativeRepository(dsl, audit),
                new InvolvementRepository(dsl, audit, clock),
                new TrainingRepository(dsl, audit, clock),
                new EmploymentRepository(dsl, audit, clock),
                new MeasureRepository(dsl, audit, clock),
                new OverviewRepository(dsl),
                new PersonalDataRepository(dsl, audit, clock),
                new EvaluationRepository(dsl, audit, clock),
                new AuditRepository(dsl),
                new AuditVerifier(dsl),
                new CodeListRepository(dsl, clock),
                new ReportingRepository(dsl, audit, settings),
                new CooperationRepository(dsl, audit),
                new NeedsRepository(dsl, audit),
                new PlacementRepository(dsl, candidates),
                new CandidateImport(dsl, candidates, audit, clock));
    }

    /** The user the operating system says is running the app, for the audit log. */
    public static String osUser() {
        return System.getProperty("user.name", "unknown");
    }
}
