package no.samspill.domain;

import java.time.LocalDate;

/** A formal outcome and the date it was achieved. */
public record Qualification(Long id, long candidateId, Long pathId, QualificationKind kind, LocalDate achieved) {

    public void validate(LocalDate today) {
        Checks.of().add("kind", Checks.required(kind))
                .add("achieved", Checks.required(achieved))
                .add("achieved", Checks.notFuture(achieved, today))
                .orThrow();
    }
}
