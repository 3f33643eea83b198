package no.samspill.domain;

import java.time.LocalDate;

/** A period in one Nav measure; {@code end} is null while it lasts. Both dates are inclusive. */
public record MeasurePeriod(Long id, long candidateId, NavMeasure measure, LocalDate start, LocalDate end, Long navOfficeId)
        implements Dated {

    public void validate() {
        Checks.of().add("measure", Checks.required(measure))
                .add("start", Checks.required(start))
                .add("end", Checks.notBefore(end, start))
                .orThrow();
    }
}
