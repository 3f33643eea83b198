package no.samspill.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.samspill.domain.CooperationKind;
import no.samspill.domain.CooperationPartner;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Programme;
import no.samspill.domain.TaskStatus;
import no.samspill.domain.WorkplaceType;
import java.util.Arrays;

/** Everything the indicators of one municipality are computed from, without personal data. */
public record ProgrammeFacts(List<CandidateFacts> candidates, List<EventFact> events, List<MeetingFact> meetings,
                             List<PlanFact> plans, List<TaskStatus> tasks) {

    /** A workplace's capacity for a period: how many candidates it can take with proper follow-up. */
    public record PlanFact(long workplaceId, WorkplaceType type, LocalDate start, LocalDate end, int places) {
        public boolean covers(LocalDate day) {
            return !start.isAfter(day) && !end.isBefore(day);
        }
    }

    public ProgrammeFacts(List<CandidateFacts> candidates, List<EventFact> events, List<MeetingFact> meetings) {
        this(candidates, events, meetings, List.of(), List.of());
    }

    /** An entry in the cooperation log: when, with whom, and whether a meeting or a decision. */
    public record MeetingFact(LocalDate date, CooperationPartner partner, CooperationKind kind) {
    }

    public ProgrammeFacts(List<CandidateFacts> candidates, List<EventFact> events) {
        this(candidates, events, List.of());
    }

    /**
     * An involvement event: when, what kind, and which workplaces it covered. An event at the
     * level of the whole municipality (an agreement with the hovedtillitsvalgt) covers them all.
     */
    public record EventFact(LocalDate date, InvolvementType type, Set<Long> workplaceIds, boolean wholeMunicipality) {
        public EventFact {
            workplaceIds = Set.copyOf(workplaceIds);
        }

        public EventFact(LocalDate date, InvolvementType type, Set<Long> workplaceIds) {
            this(date, type, workplaceIds, false);
        }

        public boolean covers(long workplaceId) {
            return wholeMunicipality || workplaceIds.contains(workplaceId);
        }
    }

    public ProgrammeFacts {
        candidates = List.copyOf(candidates);
        events = List.copyOf(events);
        meetings = List.copyOf(meetings);
        plans = List.copyOf(plans);
        tasks = List.copyOf(tasks);
    }

    /** The programmes the municipality has candidates in, in the order of {@link Programme}. */
    public List<Programme> programmes() {
        return Arrays.stream(Programme.values()).filter(p -> candidates.stream().anyMatch(c -> c.programme() == p)).toList();
    }

    /** The candidates of one programme, with the same events, cooperation log, plans and tasks. */
    public ProgrammeFacts of(Programme programme) {
        return new ProgrammeFacts(candidates.stream().filter(c -> c.programme() == programme).toList(), events, meetings, plans, tasks);
    }
}
