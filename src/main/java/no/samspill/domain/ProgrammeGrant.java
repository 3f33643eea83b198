package no.samspill.domain;

import java.util.Optional;

/**
 * A programme's grant money in one year, in whole kroner: what the decision letter granted, what was
 * paid out, and what was spent. The balance is granted money not yet spent.
 */
public record ProgrammeGrant(Long id, long municipalityId, Programme programme, int year, long granted, long received, long spent) {

    /** The limit above which the grantor asks for an auditor's statement, unless set otherwise. */
    public static final long DEFAULT_AUDITOR_LIMIT = 200_000;

    public long balance() {
        return received - spent;
    }

    public boolean auditorStatementNeeded(long limit) {
        return granted > limit;
    }

    public void validate() {
        Checks.of().add("programme", Checks.required(programme))
                .add("year", year < 2000 || year > 2100 ? Optional.of("validation.year") : Optional.empty())
                .add("granted", amount(granted))
                .add("received", amount(received))
                .add("spent", amount(spent))
                .orThrow();
    }

    private static Optional<String> amount(long value) {
        return value < 0 || value > 10_000_000_000L ? Optional.of("validation.amount") : Optional.empty();
    }
}
