package no.samspill.domain;

import java.util.Arrays;
import java.util.List;

/** A candidate's place in the programme lifecycle: referred → active → in qualification → in job → ended. */
public enum CandidateStatus {
    REFERRED, ACTIVE, IN_QUALIFICATION, IN_JOB, ENDED;

    public boolean isOpen() {
        return this != ENDED;
    }

    /** Taking part now: the statuses in which a candidate should have a mentor. */
    public boolean isActive() {
        return this == ACTIVE || this == IN_QUALIFICATION || this == IN_JOB;
    }

    public static List<CandidateStatus> active() {
        return Arrays.stream(values()).filter(CandidateStatus::isActive).toList();
    }
}
