package no.samspill.ui.workplaces;

import no.samspill.domain.Checks;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A workplace being edited. */
public final class WorkplaceForm {

    public final Form form = new Form();
    public final FormField<String> name;
    public final FormField<WorkplaceType> type;
    public final FormField<Boolean> active;
    private final Workplace original;

    WorkplaceForm(Workplace w) {
        this.original = w;
        name = form.field(w.name(), v -> Checks.requiredText(v, Checks.MAX_TITLE));
        type = form.required(w.type());
        active = form.field(w.active());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    Workplace toRecord() {
        return new Workplace(original.id(), original.municipalityId(), name.value(), type.value(), active.value());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    Workplace seen() {
        return original.id() == null ? null : original;
    }
}
