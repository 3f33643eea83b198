package no.samspill.domain;

import java.time.LocalDate;

/**
 * A signed lærekontrakt. {@code guaranteed} marks a place promised from the start, as Menn i helse
 * does; the workplace is where the apprenticeship is served, when known.
 */
public record ApprenticeshipContract(Long id, long candidateId, LocalDate signed, boolean guaranteed, Long workplaceId) {

    public void validate(LocalDate today) {
        Checks.of().add("signed", Checks.required(signed))
                .add("signed", Checks.notFuture(signed, today))
                .orThrow();
    }
}
