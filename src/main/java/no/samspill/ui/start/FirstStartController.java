package no.samspill.ui.start;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import no.samspill.ui.common.FieldErrors;
import no.samspill.ui.common.I18n;
import no.samspill.ui.shell.AppShell;

public final class FirstStartController {

    private final FirstStartViewModel model;
    private final I18n i18n;
    private final AppShell shell;

    @FXML private TextField numberField;
    @FXML private Label numberError;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private Button ownButton;
    @FXML private Button demoButton;
    @FXML private ProgressIndicator progress;

    public FirstStartController(FirstStartViewModel model, I18n i18n, AppShell shell) {
        this.model = model;
        this.i18n = i18n;
        this.shell = shell;
    }

    @FXML
    private void initialize() {
        numberField.textProperty().bindBidirectional(model.numberProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        // Messages appear once the user has typed, not on an untouched form.
        numberField.textProperty().addListener(o -> bindErrors());
        nameField.textProperty().addListener(o -> bindErrors());
        progress.visibleProperty().bind(model.busyProperty());
        ownButton.disableProperty().bind(model.busyProperty());
        demoButton.disableProperty().bind(model.busyProperty());
        numberError.setManaged(false);
        nameError.setManaged(false);
    }

    private boolean errorsBound;

    private void bindErrors() {
        if (!errorsBound) {
            errorsBound = true;
            FieldErrors.bind(numberField, numberError, model.numberErrorProperty(), i18n);
            FieldErrors.bind(nameField, nameError, model.nameErrorProperty(), i18n);
        }
    }

    @FXML
    private void onOwn() {
        bindErrors();
        model.createOwn(shell::showMain);
    }

    @FXML
    private void onDemo() {
        model.createDemo(i18n.get("firstStart.demo.municipalityName"), shell::showMain);
    }
}
