package no.samspill.domain;

import java.util.List;
import java.util.Optional;

/**
 * Oppgavedeling: a task without a health-professional requirement that a candidate can do, at one
 * workplace or (with {@code workplaceId} null) at every workplace; from {@link TaskStatus#DISCUSSED}
 * on it points to the involvement event where it was discussed with the tillitsvalgte.
 */
public record SharedTask(Long id, long municipalityId, Long workplaceId, String task, TaskStatus status, Long involvementEventId) {

    /** The starting list of tasks the user picks from and extends (the agreement's own examples and the seeds'). */
    public static final List<String> STARTING_LIST = List.of("Måltider og servering", "Aktiviteter og turer", "Renhold og rydding",
            "Transport og følge", "Innkjøp og varemottak", "Tøyvask", "Sosialt samvær og samtale", "Praktisk bistand i hjemmet");

    public void validate() {
        Checks.of().add("task", Checks.requiredText(task, Checks.MAX_TITLE))
                .add("status", Checks.required(status))
                .add("involvementEventId", status != null && status.needsDiscussion() && involvementEventId == null
                        ? Optional.of("validation.task.discussionNeeded") : Optional.empty())
                .orThrow();
    }
}
