package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.Checks;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.Ref;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A job being recorded or edited; the end, when given, is not before the start. */
public final class SpellForm {

    public final Form form = new Form();
    public final FormField<Ref> workplace;
    public final FormField<LocalDate> start;
    public final FormField<LocalDate> end;
    public final FormField<Integer> percentage;
    public final FormField<Boolean> permanent;
    public final FormField<EmploymentKind> kind;
    private final EmploymentSpell original;

    SpellForm(EmploymentSpell s, List<Ref> workplaces) {
        this.original = s;
        workplace = form.field(Ref.find(workplaces, s.workplaceId()));
        start = form.field(s.start(), Checks::required);
        end = form.field(s.end());
        percentage = form.field(s.jobPercentage(), Checks::percentage);
        permanent = form.field(s.permanent());
        kind = form.required(s.kind());
        form.rule(end, () -> Checks.notBefore(end.value(), start.value()));
    }

    public boolean isNew() {
        return original.id() == null;
    }

    EmploymentSpell toRecord() {
        return new EmploymentSpell(original.id(), original.candidateId(), workplace.value() == null ? null : workplace.value().id(),
                start.value(), end.value(), percentage.value(), permanent.value(), kind.value());
    }
}
