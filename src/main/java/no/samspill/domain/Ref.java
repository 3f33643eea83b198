package no.samspill.domain;

/** A pick-list entry: the id and display name of a workplace, office or person. */
public record Ref(long id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
