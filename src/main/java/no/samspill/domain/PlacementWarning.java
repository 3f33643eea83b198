package no.samspill.domain;

/** Why a placement would strain a workplace: more candidates than it can follow up, or than it has mentors for, or no capacity recorded. */
public enum PlacementWarning {
    OVER_CAPACITY, TOO_FEW_MENTORS, NO_PLAN
}
