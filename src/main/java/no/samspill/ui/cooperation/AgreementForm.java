package no.samspill.ui.cooperation;

import java.time.LocalDate;
import java.util.Optional;
import no.samspill.domain.Checks;
import no.samspill.domain.CooperationAgreement;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** The samarbeidsavtale being recorded or edited: its parties and its period. */
public final class AgreementForm {

    public final Form form = new Form();
    public final FormField<String> parties;
    public final FormField<LocalDate> start;
    public final FormField<LocalDate> end;
    private final CooperationAgreement original;

    AgreementForm(CooperationAgreement a) {
        this.original = a;
        parties = form.field(a.parties(), t -> Checks.requiredText(t, 300));
        start = form.field(a.start(), Checks::required);
        end = form.field(a.end(), d -> d != null && start.value() != null && d.isBefore(start.value())
                ? Optional.of("validation.date.beforeStart") : Optional.empty());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    CooperationAgreement toRecord() {
        return new CooperationAgreement(original.id(), original.municipalityId(), parties.value(), start.value(), end.value());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    CooperationAgreement seen() {
        return original.id() == null ? null : original;
    }
}
