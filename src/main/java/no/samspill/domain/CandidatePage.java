package no.samspill.domain;

import java.util.List;

/** The first rows of a filtered candidate list and how many candidates match in all. */
public record CandidatePage(List<CandidateSummary> rows, int total) {

    public CandidatePage {
        rows = List.copyOf(rows);
    }

    public boolean truncated() {
        return total > rows.size();
    }
}
