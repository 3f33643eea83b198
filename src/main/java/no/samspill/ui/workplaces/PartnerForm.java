package no.samspill.ui.workplaces;

import no.samspill.domain.Checks;
import no.samspill.domain.PartnerOrganisation;
import no.samspill.domain.PartnerType;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A partner organisation being edited. */
public final class PartnerForm {

    public final Form form = new Form();
    public final FormField<String> name;
    public final FormField<PartnerType> type;
    private final PartnerOrganisation original;

    PartnerForm(PartnerOrganisation p) {
        this.original = p;
        name = form.field(p.name(), v -> Checks.requiredText(v, Checks.MAX_TITLE));
        type = form.required(p.type());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    PartnerOrganisation toRecord() {
        return new PartnerOrganisation(original.id(), original.municipalityId(), name.value(), type.value());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    PartnerOrganisation seen() {
        return original.id() == null ? null : original;
    }
}
