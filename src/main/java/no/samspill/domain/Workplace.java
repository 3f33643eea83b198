package no.samspill.domain;

public record Workplace(Long id, long municipalityId, String name, WorkplaceType type) {
}
