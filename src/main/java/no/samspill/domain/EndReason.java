package no.samspill.domain;

/**
 * Why a candidate left the programme, asked for whenever a candidate is ended. The categories
 * follow SSB's table of people leaving Kvalifiseringsprogrammet and Nav's own, so that the
 * municipality's endings compare with the national figures (an ordinary job, full or part time, is
 * one category there too).
 */
public enum EndReason {
    ORDINARY_JOB, WAGE_SUBSIDY_JOB, OTHER_NAV_MEASURE, EDUCATION, JOBSEEKER, HEALTH, AAP_OR_DISABILITY, MOVED, NOT_CLARIFIED
}
