package no.samspill.domain;

public enum ReferralSource {
    NAV, SELF, WORKPLACE, SCHOOL, OTHER
}
