package no.samspill.domain;

import java.time.LocalDate;

/** One row of the candidate list: enough to find a person, nothing more. */
public record CandidateSummary(
        long id,
        String fullName,
        int birthYear,
        CandidateStatus status,
        Programme programme,
        String workplaceName,
        LocalDate referralDate) {
}
