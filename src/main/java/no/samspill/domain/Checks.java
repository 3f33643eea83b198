package no.samspill.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Field checks shared by every record. Each returns the i18n key of its message, so a form shows it
 * beside the field and the repository refuses the same record with the same words.
 */
public final class Checks {

    public static final int MAX_NAME = 200;
    public static final int MAX_TITLE = 160;
    public static final int MAX_TOPIC = 300;
    public static final int MAX_LONG_TEXT = 2000;

    private final List<Violation> violations = new ArrayList<>();

    private Checks() {
    }

    public static Checks of() {
        return new Checks();
    }

    public static Optional<String> requiredText(String text, int max) {
        if (text == null || text.isBlank()) {
            return Optional.of("validation.required");
        }
        if (text.strip().length() > max) {
            return Optional.of("validation.tooLong");
        }
        if (TextRules.hasControlCharacters(text)) {
            return Optional.of("validation.controlCharacters");
        }
        return Optional.empty();
    }

    public static Optional<String> optionalText(String text, int max) {
        return CandidateRules.checkOptionalText(text, max);
    }

    public static Optional<String> required(Object value) {
        return value == null ? Optional.of("validation.required") : Optional.empty();
    }

    public static Optional<String> notFuture(LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today) ? Optional.of("validation.date.future") : Optional.empty();
    }

    public static Optional<String> notBefore(LocalDate end, LocalDate start) {
        return end != null && start != null && end.isBefore(start)
                ? Optional.of("validation.date.beforeStart") : Optional.empty();
    }

    public static Optional<String> percentage(Integer value) {
        if (value == null) {
            return Optional.of("validation.required");
        }
        return value < 1 || value > 100 ? Optional.of("validation.percentage") : Optional.empty();
    }

    /** Adds a violation for {@code field} when the check found something. */
    public Checks add(String field, Optional<String> result) {
        result.ifPresent(key -> violations.add(new Violation(field, key)));
        return this;
    }

    /** Throws with every violation found, so nothing half-valid reaches the database. */
    public void orThrow() {
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(violations);
        }
    }
}
