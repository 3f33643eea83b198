package no.samspill.domain;

/** A row of the mentor list: who, where, and how many candidates they follow now. */
public record MentorSummary(long id, String fullName, Long workplaceId, String workplaceName, boolean active,
                            int activeCandidates) {
}
