package no.samspill.domain;

public enum PartnerType {
    NAV_OFFICE, COUNTY_AUTHORITY, SCHOOL_TRAINING_OFFICE
}
