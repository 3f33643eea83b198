package no.samspill.domain;

import java.time.LocalDate;

/** A record that lasts from {@code start()} to {@code end()}, both inclusive; no end while it lasts. */
public interface Dated {

    LocalDate start();

    LocalDate end();

    /** Whether the period covers {@code day}. */
    default boolean covers(LocalDate day) {
        return !day.isBefore(start()) && (end() == null || !day.isAfter(end()));
    }

    /** Whether any day of the period falls from {@code from} to {@code to}, both inclusive. */
    default boolean overlaps(LocalDate from, LocalDate to) {
        return !start().isAfter(to) && (end() == null || !end().isBefore(from));
    }

    /**
     * Whether the period from {@code start} to {@code end} (null: still running) shares a day with
     * this one; false while the start is not known.
     */
    default boolean overlapsPeriod(LocalDate start, LocalDate end) {
        return start != null && overlaps(start, end == null ? LocalDate.MAX : end);
    }
}
