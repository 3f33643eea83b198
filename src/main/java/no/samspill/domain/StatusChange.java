package no.samspill.domain;

import java.time.LocalDate;

/** One entry in a candidate's status history. {@code reason} is set only for {@link CandidateStatus#ENDED}. */
public record StatusChange(CandidateStatus status, LocalDate date, EndReason reason) {
}
