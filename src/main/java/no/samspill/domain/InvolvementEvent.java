package no.samspill.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.Optional;

/** A meeting or message through which the tillitsvalgte were involved, with whom and for which workplaces. */
public record InvolvementEvent(Long id, long municipalityId, LocalDate date, InvolvementType type, InvolvementLevel level,
                               String topic, String outcome, Set<Long> workplaceIds, Set<Long> representativeIds) {

    public InvolvementEvent {
        workplaceIds = Set.copyOf(workplaceIds);
        representativeIds = Set.copyOf(representativeIds);
    }

    public void validate(LocalDate today) {
        Checks.of().add("date", Checks.required(date))
                .add("date", Checks.notFuture(date, today))
                .add("type", Checks.required(type))
                .add("level", Checks.required(level))
                .add("topic", Checks.requiredText(topic, Checks.MAX_TOPIC))
                .add("outcome", Checks.optionalText(outcome, Checks.MAX_LONG_TEXT))
                .add("workplaces", level == InvolvementLevel.WORKPLACE && workplaceIds.isEmpty()
                        ? Optional.of("involvement.workplacesRequired") : Optional.empty())
                .orThrow();
    }
}
