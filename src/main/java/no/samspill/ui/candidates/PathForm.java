package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.function.Function;
import no.samspill.domain.Checks;
import no.samspill.domain.TrainingTemplate;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A new training path from a template; without a title it is named after the template. */
public final class PathForm {

    public final Form form = new Form();
    public final FormField<TrainingTemplate> template;
    public final FormField<String> title;
    public final FormField<LocalDate> start;

    PathForm(LocalDate today) {
        template = form.required(TrainingTemplate.FAGBREV_PA_JOBB);
        title = form.field("", v -> Checks.optionalText(v, Checks.MAX_TITLE));
        start = form.field(today, Checks::required);
    }

    String name(Function<Enum<?>, String> label) {
        return title.value() == null || title.value().isBlank() ? label.apply(template.value()) : title.value();
    }
}
