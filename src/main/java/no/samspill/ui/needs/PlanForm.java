package no.samspill.ui.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.domain.Checks;
import no.samspill.domain.Ref;
import no.samspill.domain.WorkplacePlan;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A workplace's needs and capacity for a period, being recorded or edited. */
public final class PlanForm {

    public final Form form = new Form();
    public final FormField<Ref> workplace;
    public final FormField<LocalDate> start;
    public final FormField<LocalDate> end;
    public final FormField<BigDecimal> needHealthWorker;
    public final FormField<BigDecimal> needAssistant;
    public final FormField<BigDecimal> needOther;
    public final FormField<Integer> places;
    public final FormField<Integer> mentors;
    private final WorkplacePlan original;

    /** {@code others} are the municipality's stored plans, so that an overlap shows beside the start before saving. */
    PlanForm(WorkplacePlan p, List<Ref> workplaces, List<WorkplacePlan> others) {
        this.original = p;
        workplace = form.field(Ref.find(workplaces, p.workplaceId()), Checks::required);
        start = form.field(p.start(), Checks::required);
        end = form.field(p.end(), Checks::required);
        form.rule(end, () -> Checks.notBefore(end.value(), start.value()));
        form.rule(start, () -> overlapsAny(others) ? Optional.of("validation.plan.overlap") : Optional.empty());
        needHealthWorker = form.field(p.needHealthWorker(), PlanForm::need);
        needAssistant = form.field(p.needAssistant(), PlanForm::need);
        needOther = form.field(p.needOther(), PlanForm::need);
        places = form.field(p.candidatePlaces(), PlanForm::count);
        mentors = form.field(p.mentorsAvailable(), PlanForm::count);
    }

    private static Optional<String> need(BigDecimal value) {
        return value == null ? Optional.of("validation.required") : Optional.empty();
    }

    private static Optional<String> count(Integer value) {
        if (value == null) {
            return Optional.of("validation.required");
        }
        return value > 9999 ? Optional.of("validation.count") : Optional.empty();
    }

    private boolean overlapsAny(List<WorkplacePlan> others) {
        if (workplace.value() == null || start.value() == null || end.value() == null || end.value().isBefore(start.value())) {
            return false;
        }
        long place = workplace.value().id();
        return others.stream().anyMatch(o -> o.workplaceId() == place && !o.id().equals(original.id()) && o.overlaps(start.value(), end.value()));
    }

    public boolean isNew() {
        return original.id() == null;
    }

    WorkplacePlan toRecord() {
        return new WorkplacePlan(original.id(), original.municipalityId(), workplace.value() == null ? null : workplace.value().id(),
                start.value(), end.value(), needHealthWorker.value(), needAssistant.value(), needOther.value(), places.value(), mentors.value());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    WorkplacePlan seen() {
        return original.id() == null ? null : original;
    }
}
