package no.samspill.domain;

/** A place in the municipal health and care services where candidates work. */
public record Workplace(Long id, long municipalityId, String name, WorkplaceType type, boolean active) {

    public void validate() {
        Checks.of().add("name", Checks.requiredText(name, Checks.MAX_TITLE)).add("type", Checks.required(type)).orThrow();
    }
}
