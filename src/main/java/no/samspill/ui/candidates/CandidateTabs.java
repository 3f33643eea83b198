package no.samspill.ui.candidates;

/** The ViewModels of the tabs beside the candidate's details, which always show the same candidate. */
public record CandidateTabs(CandidateProgressViewModel progress, CandidateTrainingViewModel training,
                            CandidateEmploymentViewModel employment, CandidateMeasuresViewModel measures) {

    /** Shows the candidate in every tab; null empties them (a new or deleted candidate). */
    void load(Long candidateId) {
        progress.load(candidateId);
        training.load(candidateId);
        employment.load(candidateId);
        measures.load(candidateId);
    }

    /**
     * After a change in one tab, reloads the other tabs (the changed one reloads itself) and runs
     * {@code rest} for the rest of the screen. One change often shows in another tab (ending plans
     * the follow-ups on Arbeid; a job moves the status and the praksis hours), so the whole record
     * is read again rather than guessing which parts moved.
     */
    void onAnyChange(Runnable rest) {
        progress.setOnChanged(() -> {
            training.load(candidateId());
            employment.load(candidateId());
            rest.run();
        });
        employment.setOnChanged(() -> {
            progress.load(candidateId());
            training.load(candidateId());
            rest.run();
        });
        // A Nav measure changes no other tab; only the list and the header may show it.
        measures.setOnChanged(rest);
    }

    Long candidateId() {
        return progress.candidateIdProperty().get();
    }
}
