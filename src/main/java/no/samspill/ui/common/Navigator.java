package no.samspill.ui.common;

/** Lets any screen open the record an item is about, through the shell (which asks about unsaved work first). */
public interface Navigator {

    /** Which part of a candidate to show. */
    enum CandidateTab { DETAILS, PROGRESS, TRAINING, EMPLOYMENT }

    void openCandidate(long candidateId, CandidateTab tab);
}
