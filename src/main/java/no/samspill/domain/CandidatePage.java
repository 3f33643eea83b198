package no.samspill.domain;

import java.util.List;

/** The first rows of a filtered candidate list, and whether more candidates than those match. */
public record CandidatePage(List<CandidateSummary> rows, boolean truncated) {

    public CandidatePage {
        rows = List.copyOf(rows);
    }
}
