package no.samspill.domain;

/** Information, drøfting, partssamarbeidsmøte, avtale or evaluering. */
public enum InvolvementType {
    INFORMATION, DISCUSSION, PARTNERSHIP_MEETING, AGREEMENT, EVALUATION
}
