package no.samspill.domain;

/** Optional; "not recorded" is a category of its own in the statistics. Never derived from a national id. */
public enum Gender {
    NOT_RECORDED, FEMALE, MALE, OTHER
}
