package no.samspill.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Handing a candidate to a new mentor. The open assignment ends on the handover date and the new one
 * starts that same day, so the history shows both without a gap. The first mentor is simply assigned.
 */
public final class MentorHandover {

    /** What to store: the assignment that ends (empty for a first mentor) and the one that starts. */
    public record Plan(Optional<MentorAssignment> ended, MentorAssignment started) {
    }

    private MentorHandover() {
    }

    /** The open assignment of a candidate, if any. */
    public static Optional<MentorAssignment> open(List<MentorAssignment> history) {
        return history.stream().filter(a -> a.end() == null).findFirst();
    }

    /** The i18n key of what is wrong with handing over to {@code mentorId} on {@code date}, if anything. */
    public static Optional<String> check(List<MentorAssignment> history, Long mentorId, LocalDate date) {
        if (mentorId == null || date == null) {
            return Optional.of("validation.required");
        }
        Optional<MentorAssignment> current = open(history);
        if (current.isPresent() && current.get().mentorId() == mentorId) {
            return Optional.of("mentors.handover.sameMentor");
        }
        if (current.isPresent() && date.isBefore(current.get().start())) {
            return Optional.of("mentors.handover.beforeCurrent");
        }
        return Optional.empty();
    }

    public static Plan plan(List<MentorAssignment> history, long candidateId, long mentorId, String mentorName, LocalDate date) {
        check(history, mentorId, date).ifPresent(key -> {
            throw new InvalidRecordException(List.of(new Violation("mentor", key)));
        });
        return new Plan(open(history).map(a -> a.endedOn(date)),
                new MentorAssignment(null, candidateId, mentorId, mentorName, date, null));
    }
}
