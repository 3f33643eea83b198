package no.samspill.domain;

import java.time.LocalDate;

/** Something on the Oversikt screen: what is due, for which candidate, and when. */
public record DueItem(Kind kind, long candidateId, String candidateName, String what, LocalDate due) {

    public enum Kind { STEP, FOLLOW_UP, NO_MENTOR }
}
