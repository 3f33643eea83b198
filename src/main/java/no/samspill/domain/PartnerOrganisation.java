package no.samspill.domain;

/** A Nav office, the county authority, or a school or training office the municipality works with. */
public record PartnerOrganisation(Long id, long municipalityId, String name, PartnerType type) {

    public void validate() {
        Checks.of().add("name", Checks.requiredText(name, Checks.MAX_TITLE)).add("type", Checks.required(type)).orThrow();
    }
}
