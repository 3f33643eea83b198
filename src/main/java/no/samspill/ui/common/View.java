package no.samspill.ui.common;

/** Every FXML file in the app, in one place. */
public enum View {
    MAIN_WINDOW("main-window.fxml"),
    FIRST_START("first-start.fxml"),
    PASSWORD("password.fxml"),
    CANDIDATES("candidates.fxml"),
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
