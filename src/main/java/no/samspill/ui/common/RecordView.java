package no.samspill.ui.common;

/** A screen that can show one candidate when another screen asks for it. */
public interface RecordView {

    void showCandidate(long candidateId, Navigator.CandidateTab tab);
}
