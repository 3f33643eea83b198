package no.samspill.domain;

import java.time.LocalDate;

/** A period of employment; {@code end} is null while it lasts. Both dates are inclusive. */
public record EmploymentSpell(Long id, long candidateId, Long workplaceId, LocalDate start, LocalDate end,
                              int jobPercentage, boolean permanent, EmploymentKind kind) {

    public void validate() {
        Checks.of().add("start", Checks.required(start))
                .add("end", Checks.notBefore(end, start))
                .add("jobPercentage", Checks.percentage(jobPercentage))
                .add("kind", Checks.required(kind))
                .orThrow();
    }
}
