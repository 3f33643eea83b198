package no.samspill.domain;

import java.time.LocalDate;

/** A period on a Nav benefit or on a municipal wage: the source only, never the amount. */
public record IncomePeriod(Long id, long candidateId, IncomeSource source, LocalDate start, LocalDate end) implements Dated {

    public void validate() {
        Checks.of().add("source", Checks.required(source))
                .add("start", Checks.required(start))
                .add("end", Checks.notBefore(end, start))
                .orThrow();
    }
}
