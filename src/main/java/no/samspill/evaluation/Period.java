package no.samspill.evaluation;

import java.time.LocalDate;

/** A reporting year and the as-of date (31 December unless chosen otherwise) within it. */
public record Period(int year, LocalDate asOf) {

    public Period {
        if (asOf.getYear() != year) {
            throw new IllegalArgumentException("the as-of date must be in the reporting year");
        }
    }

    public static Period ofYear(int year) {
        return new Period(year, LocalDate.of(year, 12, 31));
    }

    public LocalDate start() {
        return LocalDate.of(year, 1, 1);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start()) && !day.isAfter(asOf);
    }

    public Period previous() {
        LocalDate prev = asOf.minusYears(1);
        return new Period(year - 1, prev);
    }
}
