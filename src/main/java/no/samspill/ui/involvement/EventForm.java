package no.samspill.ui.involvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.domain.Checks;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Ref;
import no.samspill.domain.RepresentativeSummary;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/**
 * An involvement event being edited; an event at workplace level must name its workplaces. One at
 * municipality level covers them all, so it names none.
 */
public final class EventForm {

    public final Form form = new Form();
    public final FormField<LocalDate> date;
    public final FormField<InvolvementType> type;
    public final FormField<InvolvementLevel> level;
    public final FormField<Set<Ref>> workplaces;
    public final FormField<Set<RepresentativeSummary>> people;
    public final FormField<String> topic;
    public final FormField<String> outcome;
    private final InvolvementEvent original;

    EventForm(InvolvementEvent e, List<Ref> allWorkplaces, List<RepresentativeSummary> allPeople, LocalDate today) {
        this.original = e;
        date = form.field(e.date(), d -> Checks.required(d).or(() -> Checks.notFuture(d, today)));
        type = form.required(e.type());
        level = form.required(e.level());
        workplaces = form.field(allWorkplaces.stream().filter(w -> e.workplaceIds().contains(w.id())).collect(Collectors.toSet()));
        people = form.field(allPeople.stream().filter(p -> e.representativeIds().contains(p.id())).collect(Collectors.toSet()));
        topic = form.field(e.topic() == null ? "" : e.topic(), v -> Checks.requiredText(v, Checks.MAX_TOPIC));
        outcome = form.field(e.outcome() == null ? "" : e.outcome(), v -> Checks.optionalText(v, Checks.MAX_LONG_TEXT));
        form.rule(workplaces, () -> level.value() == InvolvementLevel.WORKPLACE && workplaces.value().isEmpty()
                ? Optional.of("involvement.workplacesRequired") : Optional.empty());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    InvolvementEvent toRecord() {
        return new InvolvementEvent(original.id(), original.municipalityId(), date.value(), type.value(), level.value(),
                topic.value(), outcome.value(), level.value() == InvolvementLevel.MUNICIPALITY ? Set.of()
                        : workplaces.value().stream().map(Ref::id).collect(Collectors.toSet()),
                people.value().stream().map(RepresentativeSummary::id).collect(Collectors.toSet()));
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    InvolvementEvent seen() {
        return original.id() == null ? null : original;
    }
}
