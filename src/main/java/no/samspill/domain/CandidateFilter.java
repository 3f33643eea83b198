package no.samspill.domain;

/** What the candidate list shows: a free-text match on the name and an optional status. */
public record CandidateFilter(String text, CandidateStatus status) {

    public static final CandidateFilter ALL = new CandidateFilter("", null);

    public CandidateFilter {
        text = text == null ? "" : text.strip();
    }
}
