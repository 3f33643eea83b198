package no.samspill.domain;

/** Fagbrev or kompetansebevis. */
public enum QualificationKind {
    TRADE_CERTIFICATE, COMPETENCE_CERTIFICATE
}
