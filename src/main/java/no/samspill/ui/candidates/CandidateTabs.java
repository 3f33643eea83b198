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
}
