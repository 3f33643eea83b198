package no.samspill.domain;

import java.time.LocalDate;
import java.util.List;

/** A check on a candidate 6 or 12 months after they ended; {@code recorded} is null until it is done. */
public record FollowUp(Long id, long candidateId, int monthsAfter, LocalDate due, LocalDate recorded,
                       FollowUpOutcome outcome) {

    /** Not yet recorded. */
    public boolean open() {
        return recorded == null;
    }

    /** The follow-ups that fall due after a candidate ends on {@code ended}. */
    public static List<FollowUp> dueAfterEnding(long candidateId, LocalDate ended) {
        return List.of(new FollowUp(null, candidateId, 6, ended.plusMonths(6), null, null),
                new FollowUp(null, candidateId, 12, ended.plusMonths(12), null, null));
    }

    /** What recording a follow-up needs: a date that is not in the future, and the status then. */
    public static void checkRecording(LocalDate recorded, FollowUpOutcome outcome, LocalDate today) {
        Checks.of().add("recorded", Checks.required(recorded))
                .add("recorded", Checks.notFuture(recorded, today))
                .add("outcome", Checks.required(outcome))
                .orThrow();
    }
}
