package no.samspill.domain;

public record PartnerOrganisation(Long id, long municipalityId, String name, PartnerType type) {
}
