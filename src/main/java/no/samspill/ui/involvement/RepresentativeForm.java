package no.samspill.ui.involvement;

import java.util.ArrayList;
import java.util.List;
import no.samspill.domain.Checks;
import no.samspill.domain.Ref;
import no.samspill.domain.RepresentativeLevel;
import no.samspill.domain.UnionRepresentative;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A tillitsvalgt's role being edited: union, level, and where (a workplace or the whole municipality). */
public final class RepresentativeForm {

    /** The pick that means "the whole municipality" rather than one workplace. */
    public static final Ref WHOLE_MUNICIPALITY = new Ref(-1, "");

    public final Form form = new Form();
    public final FormField<String> name;
    public final FormField<Ref> union;
    public final FormField<RepresentativeLevel> level;
    public final FormField<Ref> where;
    public final FormField<Boolean> active;
    public final List<Ref> places = new ArrayList<>();
    private final UnionRepresentative original;

    RepresentativeForm(UnionRepresentative r, List<Ref> unions, List<Ref> workplaces) {
        this.original = r;
        places.add(WHOLE_MUNICIPALITY);
        places.addAll(workplaces);
        name = form.field(r.fullName(), v -> Checks.requiredText(v, Checks.MAX_NAME));
        union = form.required(Ref.find(unions, r.unionId()));
        level = form.required(r.level());
        where = form.required(r.workplaceId() == null ? WHOLE_MUNICIPALITY : Ref.find(workplaces, r.workplaceId()));
        active = form.field(r.active());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    UnionRepresentative toRecord() {
        Long workplaceId = where.value().equals(WHOLE_MUNICIPALITY) ? null : where.value().id();
        return new UnionRepresentative(original.id(), original.municipalityId(), union.value().id(), workplaceId,
                name.value(), level.value(), active.value());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    UnionRepresentative seen() {
        return original.id() == null ? null : original;
    }
}
