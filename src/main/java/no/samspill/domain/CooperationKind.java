package no.samspill.domain;

/** A meeting in the cooperation log, or a decision taken together (by e-mail, say) without one. */
public enum CooperationKind {
    MEETING, DECISION
}
