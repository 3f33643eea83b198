package no.samspill.domain;

import java.time.LocalDate;

/** A mentor following a candidate from {@code start}; {@code end} is null while it lasts. */
public record MentorAssignment(Long id, long candidateId, long mentorId, String mentorName, LocalDate start, LocalDate end) {

    public boolean activeOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    public MentorAssignment endedOn(LocalDate day) {
        return new MentorAssignment(id, candidateId, mentorId, mentorName, start, day);
    }
}
