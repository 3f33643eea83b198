package no.samspill.domain;

/**
 * A tillitsvalgt in their role: union, level and where they act ({@code workplaceId} null means the
 * whole municipality). A union role reveals membership (GDPR art. 9), so nothing more is kept.
 */
public record UnionRepresentative(Long id, long municipalityId, Long unionId, Long workplaceId, String fullName,
                                  RepresentativeLevel level, boolean active) {

    public void validate() {
        Checks.of().add("fullName", Checks.requiredText(fullName, Checks.MAX_NAME))
                .add("union", Checks.required(unionId))
                .add("level", Checks.required(level))
                .orThrow();
    }
}
