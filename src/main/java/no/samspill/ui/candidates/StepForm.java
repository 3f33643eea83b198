package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.Optional;
import no.samspill.domain.Checks;
import no.samspill.domain.StepStatus;
import no.samspill.domain.TrainingStep;
import no.samspill.ui.common.Form;
import no.samspill.domain.OfficialCodes;
import no.samspill.ui.common.FormField;

/** A step of a training path; a done date belongs to a step that is done, and only to one. */
public final class StepForm {

    public final Form form = new Form();
    public final FormField<String> title;
    public final FormField<LocalDate> planned;
    public final FormField<StepStatus> status;
    public final FormField<LocalDate> done;
    public final FormField<String> udirCode;
    private final TrainingStep original;

    StepForm(TrainingStep s, LocalDate today) {
        this.original = s;
        title = form.field(s.title(), v -> Checks.requiredText(v, Checks.MAX_TITLE));
        planned = form.field(s.planned());
        status = form.required(s.status());
        done = form.field(s.done(), d -> Checks.notFuture(d, today));
        udirCode = form.field(s.udirCode(), t -> OfficialCodes.checkUdir(OfficialCodes.normalise(t)));
        form.rule(done, () -> {
            if (status.value() == StepStatus.DONE && done.value() == null) {
                return Optional.of("training.step.doneDateRequired");
            }
            return status.value() != StepStatus.DONE && done.value() != null
                    ? Optional.of("training.step.doneDateOnlyWhenDone") : Optional.empty();
        });
    }

    public boolean isNew() {
        return original.id() == null;
    }

    TrainingStep toRecord() {
        return new TrainingStep(original.id(), original.pathId(), original.position(), title.value(), planned.value(),
                done.value(), status.value(), OfficialCodes.normalise(udirCode.value()));
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    TrainingStep seen() {
        return original.id() == null ? null : original;
    }
}
