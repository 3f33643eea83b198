package no.samspill.ui.reporting;

import java.time.LocalDate;
import java.util.Optional;
import no.samspill.domain.Checks;
import no.samspill.domain.ReportDeadline;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A reporting deadline being recorded or edited: what is due, when, and how many days before Oversikt reminds. */
public final class DeadlineForm {

    public final Form form = new Form();
    public final FormField<String> title;
    public final FormField<LocalDate> due;
    public final FormField<Integer> remindDays;
    public final FormField<Boolean> done;
    private final ReportDeadline original;

    DeadlineForm(ReportDeadline d) {
        this.original = d;
        title = form.field(d.title(), t -> Checks.requiredText(t, Checks.MAX_TITLE));
        due = form.field(d.due(), Checks::required);
        remindDays = form.field(d.remindDays(), n -> n == null ? Checks.required(null)
                : n > 365 ? Optional.of("validation.remindDays") : Optional.empty());
        done = form.field(d.done());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    ReportDeadline toRecord() {
        return new ReportDeadline(original.id(), original.municipalityId(), title.value(), due.value(), remindDays.value(), done.value());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    ReportDeadline seen() {
        return original.id() == null ? null : original;
    }
}
