package no.samspill.ui.common;

/** Every FXML file in the app, in one place. */
public enum View {
    MAIN_WINDOW("main-window.fxml"),
    FIRST_START("first-start.fxml"),
    CANDIDATES("candidates.fxml"),
    CANDIDATE_DETAILS("candidate-details.fxml"),
    CANDIDATE_PROGRESS("candidate-progress.fxml"),
    CANDIDATE_TRAINING("candidate-training.fxml"),
    CANDIDATE_EMPLOYMENT("candidate-employment.fxml"),
    CANDIDATE_MEASURES("candidate-measures.fxml"),
    OVERVIEW("overview.fxml"),
    MENTORS("mentors.fxml"),
    WORKPLACES("workplaces.fxml"),
    INVOLVEMENT("involvement.fxml"),
    TRAINING("training.fxml"),
    EVALUATION("evaluation.fxml"),
    REPORTING("reporting.fxml"),
    AUDIT("audit.fxml"),
    SETTINGS("settings.fxml");

    private final String fileName;

    View(String fileName) {
        this.fileName = fileName;
    }

    public String resource() {
        return "/fxml/" + fileName;
    }
}
