package no.samspill.domain;

/** An employee of a workplace who follows candidates there. Only the name and the workplace are kept. */
public record Mentor(Long id, long municipalityId, String fullName, Long workplaceId, boolean active) {

    public void validate() {
        Checks.of().add("fullName", Checks.requiredText(fullName, Checks.MAX_NAME)).orThrow();
    }
}
