package no.samspill.domain;

/** For one workplace with candidates: how many involvement events covered it in the year. */
public record WorkplaceCoverage(long workplaceId, String workplaceName, int candidates, int events) {

    public boolean covered() {
        return events > 0;
    }
}
