package no.samspill.domain;

/** A row of the tillitsvalgte list, with the names it refers to. */
public record RepresentativeSummary(long id, String fullName, long unionId, String unionName, Long workplaceId,
                                    String workplaceName, RepresentativeLevel level, boolean active) {
}
