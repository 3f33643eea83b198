package no.samspill.domain;

import java.time.LocalDate;

/** A number that gave way to another on a date: a renumbering, a merger or, with two rows, a split. */
public record AreaChange(String oldCode, String newCode, LocalDate occurred) {
}
