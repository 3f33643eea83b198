package no.samspill.domain;

/** Where a former candidate is at a follow-up. */
public enum FollowUpOutcome {
    RELEVANT_WORK, EDUCATION, OTHER, UNKNOWN
}
