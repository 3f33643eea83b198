package no.samspill.ui.candidates;

/** The ViewModels of the tabs beside the candidate's details, which always show the same candidate. */
public record CandidateTabs(CandidateProgressViewModel progress, CandidateTrainingViewModel training,
                            CandidateEmploymentViewModel employment) {

    /** Shows the candidate in every tab; null empties them (a new or deleted candidate). */
    void load(Long candidateId) {
        progress.load(candidateId);
        training.load(candidateId);
        employment.load(candidateId);
    }

    /**
     * Runs {@code changed} after a change in any tab. One change often shows in another tab (ending
     * plans the follow-ups on Arbeid; a job moves the status and the praksis hours), so the screen
     * reloads the whole record rather than guessing which parts moved.
     */
    void onAnyChange(Runnable changed) {
        progress.setOnChanged(changed);
        employment.setOnChanged(changed);
    }

    Long candidateId() {
        return progress.candidateIdProperty().get();
    }
}
