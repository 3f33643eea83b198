package no.samspill.data;

import no.samspill.domain.RefusedException;

/**
 * A save refused because the record changed after the user opened it (shared mode: another
 * coordinator saved it first). The user's language says so; nothing was written.
 */
public final class ChangedElsewhereException extends RefusedException {

    private final String entity;

    public ChangedElsewhereException(String entity) {
        super("common.changedElsewhere");
        this.entity = entity;
    }

    /** Which kind of record, for the log (never its values). */
    public String entity() {
        return entity;
    }
}
