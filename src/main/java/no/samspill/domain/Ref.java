package no.samspill.domain;

import java.util.Collection;

/** A pick-list entry: the id and display name of a workplace, office or person. */
public record Ref(long id, String name) {

    /** The entry with {@code id} in {@code refs}, or null when there is no id or no such entry. */
    public static Ref find(Collection<Ref> refs, Long id) {
        return id == null ? null : refs.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return name;
    }
}
