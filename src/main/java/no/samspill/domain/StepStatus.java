package no.samspill.domain;

public enum StepStatus {
    PLANNED, IN_PROGRESS, DONE, SKIPPED
}
