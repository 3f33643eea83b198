package no.samspill.domain;

/** An ordinary post, or a position that is part of a Nav measure. */
public enum EmploymentKind {
    ORDINARY, MEASURE
}
