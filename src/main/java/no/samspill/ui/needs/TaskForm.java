package no.samspill.ui.needs;

import java.util.List;
import java.util.Optional;
import no.samspill.domain.Checks;
import no.samspill.domain.Ref;
import no.samspill.domain.SharedTask;
import no.samspill.domain.TaskStatus;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/**
 * A shared task being recorded or edited. The workplace may be left at "every workplace"; from
 * "discussed" on, the form asks for the drøfting with the tillitsvalgte.
 */
public final class TaskForm {

    public final Form form = new Form();
    public final FormField<String> task;
    public final FormField<Ref> workplace;
    public final FormField<TaskStatus> status;
    public final FormField<Ref> discussion;
    private final SharedTask original;
    private final Ref everywhere;

    /** {@code everywhere} is the pick that stands for every workplace; it is stored as none. */
    TaskForm(SharedTask t, List<Ref> workplaces, Ref everywhere, List<Ref> events) {
        this.original = t;
        this.everywhere = everywhere;
        task = form.field(t.task(), text -> Checks.requiredText(text, Checks.MAX_TITLE));
        workplace = form.field(t.workplaceId() == null ? everywhere : Ref.find(workplaces, t.workplaceId()), Checks::required);
        status = form.field(t.status(), Checks::required);
        discussion = form.field(Ref.find(events, t.involvementEventId()));
        form.rule(discussion, () -> status.value() != null && status.value().needsDiscussion() && discussion.value() == null
                ? Optional.of("validation.task.discussionNeeded") : Optional.empty());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    SharedTask toRecord() {
        Ref w = workplace.value();
        return new SharedTask(original.id(), original.municipalityId(), w == null || w.equals(everywhere) ? null : w.id(), task.value(),
                status.value(), discussion.value() == null ? null : discussion.value().id());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    SharedTask seen() {
        return original.id() == null ? null : original;
    }
}
