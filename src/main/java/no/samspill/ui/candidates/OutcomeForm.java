package no.samspill.ui.candidates;

import java.time.LocalDate;
import no.samspill.domain.Checks;
import no.samspill.domain.QualificationKind;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A formal outcome (fagbrev, kompetansebevis) and the day it was achieved. */
public final class OutcomeForm {

    public final Form form = new Form();
    public final FormField<QualificationKind> kind;
    public final FormField<LocalDate> date;

    OutcomeForm(LocalDate today) {
        kind = form.required(QualificationKind.TRADE_CERTIFICATE);
        date = form.field(today, d -> Checks.required(d).or(() -> Checks.notFuture(d, today)));
    }
}
