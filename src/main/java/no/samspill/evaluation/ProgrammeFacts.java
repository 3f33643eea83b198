package no.samspill.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.samspill.domain.InvolvementType;

/** Everything the indicators of one municipality are computed from, without personal data. */
public record ProgrammeFacts(List<CandidateFacts> candidates, List<EventFact> events) {

    /** An involvement event: when, what kind, and which workplaces it covered. */
    public record EventFact(LocalDate date, InvolvementType type, Set<Long> workplaceIds) {
        public EventFact {
            workplaceIds = Set.copyOf(workplaceIds);
        }
    }

    public ProgrammeFacts {
        candidates = List.copyOf(candidates);
        events = List.copyOf(events);
    }
}
