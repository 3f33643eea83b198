package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EndReason;
import no.samspill.domain.StatusChange;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A move to a new status: the date must fit the history, and ending needs a reason. */
public final class StatusChangeForm {

    public final Form form = new Form();
    public final FormField<CandidateStatus> status;
    public final FormField<LocalDate> date;
    public final FormField<EndReason> reason;

    StatusChangeForm(List<CandidateStatus> next, LocalDate today, Function<StatusChange, Optional<String>> lifecycle) {
        status = form.required(next.stream().findFirst().orElse(null));
        date = form.field(today);
        reason = form.field(null);
        form.rule(date, () -> status.value() == null ? Optional.empty()
                : lifecycle.apply(new StatusChange(status.value(), date.value(), ending() ? EndReason.NOT_CLARIFIED : null)));
        form.rule(reason, () -> ending() && reason.value() == null ? Optional.of("lifecycle.reasonRequired") : Optional.empty());
    }

    private boolean ending() {
        return status.value() == CandidateStatus.ENDED;
    }

    StatusChange toRecord() {
        return new StatusChange(status.value(), date.value(), ending() ? reason.value() : null);
    }
}
