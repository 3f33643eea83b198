package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import no.samspill.domain.Ref;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A first mentor, or a new one who takes over from a given date. */
public final class HandoverForm {

    public final Form form = new Form();
    public final FormField<Ref> mentor;
    public final FormField<LocalDate> date;

    HandoverForm(LocalDate today, BiFunction<Ref, LocalDate, Optional<String>> check) {
        mentor = form.required(null);
        date = form.field(today);
        form.rule(date, () -> mentor.value() == null ? Optional.empty() : check.apply(mentor.value(), date.value()));
    }
}
