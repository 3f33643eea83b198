package no.samspill.domain;

import java.util.Locale;

/** What the candidate list shows: a free-text match on the name and an optional status. */
public record CandidateFilter(String text, CandidateStatus status) {

    public static final CandidateFilter ALL = new CandidateFilter("", null);

    public CandidateFilter {
        text = text == null ? "" : text.strip();
    }

    /** The text as the search compares it: lower-cased without regard to the machine's language. */
    public String searchText() {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a name matches the text as the database's search does: its {@code LOWER(full_name)}
     * contains {@link #searchText()}. H2's LOWER lower-cases with the machine's default locale.
     */
    public boolean matchesName(String fullName) {
        return fullName.toLowerCase(Locale.getDefault()).contains(searchText());
    }

    /**
     * Whether every candidate this filter matches is matched by {@code wider} too: the same status,
     * and a text that holds the wider one's (a name that contains "kari a" contains "kari").
     */
    public boolean within(CandidateFilter wider) {
        return status == wider.status && searchText().contains(wider.searchText());
    }
}
