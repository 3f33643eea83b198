package no.samspill.domain;

/** A candidate's place in the programme lifecycle: referred → active → in qualification → in job → ended. */
public enum CandidateStatus {
    REFERRED, ACTIVE, IN_QUALIFICATION, IN_JOB, ENDED;

    public boolean isOpen() {
        return this != ENDED;
    }
}
