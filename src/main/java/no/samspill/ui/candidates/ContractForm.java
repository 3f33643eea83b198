package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.Optional;
import no.samspill.domain.ApprenticeshipContract;
import no.samspill.domain.Checks;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A signed lærekontrakt being recorded or edited: signed on a day not in the future, the place guaranteed or not. */
public final class ContractForm {

    public final Form form = new Form();
    public final FormField<LocalDate> signed;
    public final FormField<Boolean> guaranteed;
    private final ApprenticeshipContract original;

    ContractForm(ApprenticeshipContract c, LocalDate today) {
        this.original = c;
        signed = form.field(c.signed(), d -> d == null ? Checks.required(null) : Checks.notFuture(d, today).or(Optional::empty));
        guaranteed = form.field(c.guaranteed());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    ApprenticeshipContract toRecord() {
        return new ApprenticeshipContract(original.id(), original.candidateId(), signed.value(), guaranteed.value(), original.workplaceId());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    ApprenticeshipContract seen() {
        return original.id() == null ? null : original;
    }
}
