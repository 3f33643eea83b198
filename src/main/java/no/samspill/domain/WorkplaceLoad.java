package no.samspill.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A workplace on one day: its plan for that day (null when none is recorded) and how many candidates
 * are placed there. A candidate is placed where the main workplace points while the candidate has
 * not ended; each placed candidate needs a place and a mentor of their own.
 */
public record WorkplaceLoad(long workplaceId, String name, WorkplaceType type, WorkplacePlan plan, int placed) {

    /** Free places, never below zero; null without a plan. */
    public Integer free() {
        return plan == null ? null : Math.max(0, plan.candidatePlaces() - placed);
    }

    /** What is wrong already: more placed than places or than mentors. */
    public List<PlacementWarning> warnings() {
        return warningsAt(placed);
    }

    /** What would be wrong with one more candidate placed here: the placement view asks before that. */
    public List<PlacementWarning> warningsWithOneMore() {
        return warningsAt(placed + 1);
    }

    private List<PlacementWarning> warningsAt(int count) {
        List<PlacementWarning> out = new ArrayList<>();
        if (plan == null) {
            out.add(PlacementWarning.NO_PLAN);
            return out;
        }
        if (count > plan.candidatePlaces()) {
            out.add(PlacementWarning.OVER_CAPACITY);
        }
        if (count > plan.mentorsAvailable()) {
            out.add(PlacementWarning.TOO_FEW_MENTORS);
        }
        return out;
    }
}
