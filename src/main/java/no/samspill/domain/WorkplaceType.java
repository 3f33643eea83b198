package no.samspill.domain;

public enum WorkplaceType {
    NURSING_HOME, HOME_CARE, SUPPORTED_HOUSING, MENTAL_HEALTH_SUBSTANCE, OTHER
}
