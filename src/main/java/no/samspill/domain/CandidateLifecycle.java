package no.samspill.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle referred → active → in qualification → in job → ended.
 *
 * <p>A candidate moves forward or between the open stages as real life goes (a job may end and
 * qualification resume), never back to referred, and may be ended from any open stage. An ended
 * candidate can only come back as active (re-admission). Each change has a date that is not in the
 * future and not before the previous change; ending needs a reason, other changes take none.
 */
public final class CandidateLifecycle {

    private CandidateLifecycle() {
    }

    public static boolean canMove(CandidateStatus from, CandidateStatus to) {
        if (from == to || to == CandidateStatus.REFERRED) {
            return false;
        }
        if (from == CandidateStatus.ENDED) {
            return to == CandidateStatus.ACTIVE;
        }
        return from != CandidateStatus.REFERRED || to == CandidateStatus.ACTIVE || to == CandidateStatus.ENDED;
    }

    /** The i18n key of what is wrong with adding {@code next} to {@code history}, or empty if it may be added. */
    public static Optional<String> check(List<StatusChange> history, StatusChange next, LocalDate today) {
        if (next.date() == null) {
            return Optional.of("validation.required");
        }
        if (next.date().isAfter(today)) {
            return Optional.of("validation.date.future");
        }
        if (!history.isEmpty()) {
            StatusChange last = history.get(history.size() - 1);
            if (!canMove(last.status(), next.status())) {
                return Optional.of("lifecycle.notAllowed");
            }
            if (next.date().isBefore(last.date())) {
                return Optional.of("lifecycle.beforePrevious");
            }
        }
        if (next.status() == CandidateStatus.ENDED && next.reason() == null) {
            return Optional.of("lifecycle.reasonRequired");
        }
        if (next.status() != CandidateStatus.ENDED && next.reason() != null) {
            return Optional.of("lifecycle.reasonOnlyWhenEnded");
        }
        return Optional.empty();
    }
}
