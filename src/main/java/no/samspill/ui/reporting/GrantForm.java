package no.samspill.ui.reporting;

import java.util.Optional;
import no.samspill.domain.Checks;
import no.samspill.domain.Programme;
import no.samspill.domain.ProgrammeGrant;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A programme's grant for a year being recorded or edited, in whole kroner. */
public final class GrantForm {

    public final Form form = new Form();
    public final FormField<Programme> programme;
    public final FormField<Integer> year;
    public final FormField<Integer> granted;
    public final FormField<Integer> received;
    public final FormField<Integer> spent;
    private final ProgrammeGrant original;

    GrantForm(ProgrammeGrant g) {
        this.original = g;
        programme = form.required(g.programme());
        year = form.field(g.year(), y -> y == null ? Checks.required(null) : y < 2000 || y > 2100 ? Optional.of("validation.year") : Optional.empty());
        granted = form.field((int) g.granted(), Checks::required);
        received = form.field((int) g.received(), Checks::required);
        spent = form.field((int) g.spent(), Checks::required);
    }

    public boolean isNew() {
        return original.id() == null;
    }

    ProgrammeGrant toRecord() {
        return new ProgrammeGrant(original.id(), original.municipalityId(), programme.value(), year.value(), granted.value(),
                received.value(), spent.value());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    ProgrammeGrant seen() {
        return original.id() == null ? null : original;
    }
}
