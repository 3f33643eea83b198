package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import no.samspill.domain.MentorSummary;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/**
 * A first mentor, or a new one who takes over from a given date. The choice leaves out the mentor
 * the candidate has now, and starts narrowed to the mentors at the candidate's workplace when
 * there are any, since that is where the mentoring happens; one tick widens it to all.
 */
public final class HandoverForm {

    public final Form form = new Form();
    public final FormField<MentorSummary> mentor;
    public final FormField<LocalDate> date;
    public final FormField<Boolean> onlyWorkplace;
    private final FilteredList<MentorSummary> choices;
    private final boolean narrows;

    HandoverForm(List<MentorSummary> active, Long currentMentorId, Long workplaceId, LocalDate today,
                 BiFunction<Long, LocalDate, Optional<String>> check) {
        List<MentorSummary> others = active.stream().filter(m -> !Objects.equals(m.id(), currentMentorId)).toList();
        narrows = workplaceId != null && others.stream().anyMatch(m -> workplaceId.equals(m.workplaceId()));
        choices = new FilteredList<>(FXCollections.observableArrayList(others));
        mentor = form.required(null);
        date = form.field(today);
        onlyWorkplace = form.field(narrows);
        onlyWorkplace.valueProperty().addListener((obs, was, only) -> narrow(only, workplaceId));
        narrow(narrows, workplaceId);
        form.rule(date, () -> mentor.value() == null ? Optional.empty() : check.apply(mentor.value().id(), date.value()));
    }

    private void narrow(boolean only, Long workplaceId) {
        choices.setPredicate(m -> !only || Objects.equals(workplaceId, m.workplaceId()));
        if (mentor.value() != null && !choices.contains(mentor.value())) {
            mentor.set(null);
        }
    }

    /** The mentors to pick from, following the workplace tick. */
    public FilteredList<MentorSummary> choices() {
        return choices;
    }

    /** Whether the candidate has a workplace with mentors, so narrowing to it means something. */
    public boolean narrows() {
        return narrows;
    }
}
