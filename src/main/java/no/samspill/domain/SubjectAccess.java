package no.samspill.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** Everything stored about one candidate, for an access request (innsyn, GDPR art. 15). */
public record SubjectAccess(Candidate candidate, NationalId nationalId, List<StatusChange> history, List<MentorAssignment> mentors,
                            List<PathWithSteps> paths, List<Qualification> qualifications, List<EmploymentSpell> jobs,
                            List<FollowUp> followUps, List<MeasurePeriod> navMeasures,
                            List<IncomePeriod> incomes, List<ApprenticeshipContract> apprenticeships, List<AuditEntry> auditLog, OffsetDateTime madeAt) {

    /** What an anonymised candidate is called; the id follows. */
    public static final String ANONYMISED_PREFIX = "Anonymisert ";

    /** A training path with its steps. */
    public record PathWithSteps(TrainingPath path, List<TrainingStep> steps) {
    }
}
