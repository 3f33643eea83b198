package no.samspill.ui.candidates;

import java.time.LocalDate;
import no.samspill.domain.Checks;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** What a follow-up 6 or 12 months after ending found, and when. */
public final class FollowUpForm {

    public final Form form = new Form();
    public final FormField<LocalDate> date;
    public final FormField<FollowUpOutcome> outcome;
    final FollowUp followUp;

    FollowUpForm(FollowUp f, LocalDate today) {
        this.followUp = f;
        date = form.field(f.recorded() != null ? f.recorded() : today, d -> Checks.required(d).or(() -> Checks.notFuture(d, today)));
        outcome = form.required(f.outcome());
    }
}
