package no.samspill.domain;

import java.time.LocalDate;
import java.util.Optional;

/** A reporting deadline from a decision letter, shown on Oversikt from {@code remindDays} before it until it is done. */
public record ReportDeadline(Long id, long municipalityId, String title, LocalDate due, int remindDays, boolean done) {

    public boolean reminding(LocalDate today) {
        return !done && !today.isBefore(due.minusDays(remindDays));
    }

    public void validate() {
        Checks.of().add("title", Checks.requiredText(title, Checks.MAX_TITLE))
                .add("due", Checks.required(due))
                .add("remindDays", remindDays < 0 || remindDays > 365 ? Optional.of("validation.remindDays") : Optional.empty())
                .orThrow();
    }
}
