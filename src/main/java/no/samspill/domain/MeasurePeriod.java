package no.samspill.domain;

import java.time.LocalDate;

/** A period in one Nav measure; {@code end} is null while it lasts. Both dates are inclusive. */
public record MeasurePeriod(Long id, long candidateId, NavMeasure measure, LocalDate start, LocalDate end, Long navOfficeId) {

    public void validate() {
        Checks.of().add("measure", Checks.required(measure))
                .add("start", Checks.required(start))
                .add("end", Checks.notBefore(end, start))
                .orThrow();
    }

    /** Whether the period covers {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** Whether any day of the period falls from {@code from} to {@code to}, both inclusive. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
}
