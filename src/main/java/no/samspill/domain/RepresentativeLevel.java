package no.samspill.domain;

/** Hovedtillitsvalgt, plasstillitsvalgt or another union role. */
public enum RepresentativeLevel {
    MAIN, LOCAL, OTHER
}
