package no.samspill.domain;

/** Who the municipality cooperates with under the agreement: the Nav office, the county, the training office, or another. */
public enum CooperationPartner {
    NAV, FYLKESKOMMUNE, OPPLAERINGSKONTOR, OTHER
}
