package no.samspill.domain;

/** Why a candidate left the programme; asked for whenever a candidate is ended. */
public enum EndReason {
    JOB, EDUCATION, OTHER_MEASURE, MOVED, HEALTH, DROPPED_OUT, OTHER
}
