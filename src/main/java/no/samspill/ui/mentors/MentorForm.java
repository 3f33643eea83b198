package no.samspill.ui.mentors;

import java.util.List;
import no.samspill.domain.Checks;
import no.samspill.domain.Mentor;
import no.samspill.domain.Ref;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A mentor being edited; the workplace is picked from the municipality's list. */
public final class MentorForm {

    public final Form form = new Form();
    public final FormField<String> name;
    public final FormField<Ref> workplace;
    public final FormField<Boolean> active;
    private final Mentor original;

    MentorForm(Mentor m, List<Ref> workplaces) {
        this.original = m;
        name = form.field(m.fullName(), v -> Checks.requiredText(v, Checks.MAX_NAME));
        workplace = form.required(Ref.find(workplaces, m.workplaceId()));
        active = form.field(m.active());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    Mentor toRecord() {
        return new Mentor(original.id(), original.municipalityId(), name.value(), workplace.value().id(), active.value());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    Mentor seen() {
        return original.id() == null ? null : original;
    }
}
