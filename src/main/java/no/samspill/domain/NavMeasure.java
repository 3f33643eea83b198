package no.samspill.domain;

import java.util.Set;

/**
 * Nav's measures as Arena codes, the codes Nav itself reports with, so a list from the Nav office
 * can be compared line by line. {@link #KVP} is the municipality's Kvalifiseringsprogrammet, which
 * has no Arena code but is followed the same way.
 */
public enum NavMeasure {
    UTVAOONAV, ARBTREN, MIDLONTIL, VARLONTIL, MENTOR, INKLUTILS, INDOPPFAG, IPS, AFT, GRUFAGYRKE, ENKFAGYRKE,
    FAG_OG_YRKESOPPLAERING, KVP;

    private static final Set<NavMeasure> WAGE_SUBSIDY = Set.of(MIDLONTIL, VARLONTIL);

    /** Arbeid med støtte, the measure through which Nav follows the programme's candidates. */
    public boolean supportedEmployment() {
        return this == UTVAOONAV;
    }

    /** Arbeidstrening: work training, from which a move into a qualification path is the outcome sought. */
    public boolean workTraining() {
        return this == ARBTREN;
    }

    /** Midlertidig or varig lønnstilskudd. */
    public boolean wageSubsidy() {
        return WAGE_SUBSIDY.contains(this);
    }

    /** The code as Nav writes it; Kvalifiseringsprogrammet has none. */
    public String code() {
        return this == KVP ? "" : name();
    }
}
