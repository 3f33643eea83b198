package no.samspill.evaluation;

import java.util.List;
import java.util.Set;

/**
 * What the catalogue's definitions say about how its tables hang together, beyond each table's own
 * totals: the identities a reader can rely on, and the cross-tables that fall back to their margins.
 * Disclosure control and the roll-up read them from here; shared totals come from
 * {@link Indicator#totalGroup()}.
 */
public final class IndicatorLinks {

    private IndicatorLinks() {
    }

    /**
     * Cross-tables published as their margins (row and column totals) where more than half of their
     * non-zero cells would be below the threshold: at a small municipality's size the margins say
     * more than a mostly hidden cross-table.
     */
    public static final Set<String> MARGINS_WHEN_SPARSE = Set.of(
            "participants.new", "participants.active", "participants.ended", "jobs.asOf");

    /**
     * Sums that the definitions make public between tables, beyond the shared totals: full-time
     * jobs are the 100 % column of jobs by contract, part-time jobs the other columns.
     */
    public static List<Identity> identities() {
        Identity.CellRef fullTime = new Identity.CellRef("jobs.fullTimeShare", "jobs", "fullTime");
        Identity.CellRef partTime = new Identity.CellRef("jobs.fullTimeShare", "jobs", "partTime");
        return List.of(new Identity(List.of(fullTime), List.of(new Identity.CellRef("jobs.asOf", "total", "pct.100"))),
                new Identity(List.of(partTime), List.of(new Identity.CellRef("jobs.asOf", "total", "pct.under50"),
                        new Identity.CellRef("jobs.asOf", "total", "pct.50-79"), new Identity.CellRef("jobs.asOf", "total", "pct.80-99"))));
    }
}
