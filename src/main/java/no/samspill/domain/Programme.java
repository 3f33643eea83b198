package no.samspill.domain;

public enum Programme {
    RECRUITMENT_THROUGH_INCLUSION, INN_I_JOBB, MENN_I_HELSE, OTHER
}
