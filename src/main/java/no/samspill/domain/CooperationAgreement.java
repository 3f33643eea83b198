package no.samspill.domain;

import java.time.LocalDate;
import java.util.Optional;

/** The samarbeidsavtale: its parties, as the agreement names them, and its period (open-ended without an end). */
public record CooperationAgreement(Long id, long municipalityId, String parties, LocalDate start, LocalDate end) {

    public boolean inForce(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public void validate() {
        Checks.of().add("parties", Checks.requiredText(parties, 300))
                .add("start", Checks.required(start))
                .add("end", end != null && start != null && end.isBefore(start) ? Optional.of("validation.date.beforeStart") : Optional.empty())
                .orThrow();
    }
}
