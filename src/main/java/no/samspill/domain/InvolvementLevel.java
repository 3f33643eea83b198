package no.samspill.domain;

public enum InvolvementLevel {
    MUNICIPALITY, WORKPLACE
}
