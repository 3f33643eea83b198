package no.samspill.domain;

/** Where a candidate's income comes from in a period: the Menn i helse model alternates the two. */
public enum IncomeSource {
    NAV_BENEFIT, MUNICIPAL_WAGE
}
