package no.samspill.ui.candidates;

import no.samspill.domain.CandidateStatus;

/** An entry of the status filter; a null status means all. */
record StatusOption(CandidateStatus status, String label) {
    @Override
    public String toString() {
        return label;
    }
}
