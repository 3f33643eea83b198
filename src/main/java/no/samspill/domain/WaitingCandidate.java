package no.samspill.domain;

import java.time.LocalDate;

/** A candidate who is referred or active and has no main workplace yet: waiting for a placement. */
public record WaitingCandidate(long id, String fullName, CandidateStatus status, Programme programme, LocalDate referralDate) {

    public static boolean waits(CandidateStatus status, Long mainWorkplaceId) {
        return mainWorkplaceId == null && (status == CandidateStatus.REFERRED || status == CandidateStatus.ACTIVE);
    }

    public static boolean placed(CandidateStatus status, Long mainWorkplaceId) {
        return mainWorkplaceId != null && status != CandidateStatus.ENDED;
    }
}
