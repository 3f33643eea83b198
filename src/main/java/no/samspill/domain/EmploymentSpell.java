package no.samspill.domain;

import java.time.LocalDate;

/** A period of employment; {@code end} is null while it lasts. Both dates are inclusive. */
public record EmploymentSpell(Long id, long candidateId, Long workplaceId, LocalDate start, LocalDate end,
                              int jobPercentage, boolean permanent, EmploymentKind kind) {
}
