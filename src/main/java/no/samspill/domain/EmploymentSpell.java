package no.samspill.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A period of employment; {@code end} is null while it lasts. Both dates are inclusive.
 * {@code styrkCode} is the STYRK-08 occupation when the coordinator records it; {@code newPost} says
 * the municipality created the post for the candidate rather than filling an existing vacancy.
 * {@code discussionEventId} is, for a part-time job, the drøfting where the part-time hiring was
 * discussed with the tillitsvalgte, as the staffing plan asks.
 */
public record EmploymentSpell(Long id, long candidateId, Long workplaceId, LocalDate start, LocalDate end,
                              int jobPercentage, boolean permanent, EmploymentKind kind, String styrkCode, boolean newPost,
                              Long discussionEventId)
        implements Dated {

    /** A job whose part-time hiring is not linked to a drøfting. */
    public EmploymentSpell(Long id, long candidateId, Long workplaceId, LocalDate start, LocalDate end,
                           int jobPercentage, boolean permanent, EmploymentKind kind, String styrkCode, boolean newPost) {
        this(id, candidateId, workplaceId, start, end, jobPercentage, permanent, kind, styrkCode, newPost, null);
    }

    /** A job without an occupation code, in an existing post. */
    public EmploymentSpell(Long id, long candidateId, Long workplaceId, LocalDate start, LocalDate end,
                           int jobPercentage, boolean permanent, EmploymentKind kind) {
        this(id, candidateId, workplaceId, start, end, jobPercentage, permanent, kind, null, false, null);
    }

    public boolean partTime() {
        return jobPercentage < 100;
    }

    public void validate() {
        Checks.of().add("start", Checks.required(start))
                .add("end", Checks.notBefore(end, start))
                .add("jobPercentage", Checks.percentage(jobPercentage))
                .add("kind", Checks.required(kind))
                .add("styrkCode", OfficialCodes.checkStyrk(styrkCode))
                .add("discussionEventId", discussionEventId != null && !partTime()
                        ? Optional.of("validation.discussion.fullTime") : Optional.empty())
                .orThrow();
    }
}
