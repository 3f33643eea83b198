package no.samspill.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import no.samspill.evaluation.SecretariatKey;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;

/** The national secretariat's key in Innstillinger: paste it, see whose it is and its fingerprint, or remove it. */
public final class SecretariatKeyController {

    private final SecretariatKeyViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private Label currentLabel;
    @FXML private TextArea keyArea;
    @FXML private Label errorLabel;
    @FXML private Button useButton;
    @FXML private Button removeButton;

    public SecretariatKeyController(SecretariatKeyViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        model.keyProperty().addListener((o, a, k) -> show(k));
        model.errorProperty().addListener((o, a, e) -> {
            errorLabel.setText(e == null ? "" : i18n.get(e));
            errorLabel.setManaged(e != null);
            errorLabel.setVisible(e != null);
        });
        errorLabel.setManaged(false);
        errorLabel.setVisible(false);
        keyArea.textProperty().addListener((o, a, t) -> model.clearError());
        useButton.disableProperty().bind(keyArea.textProperty().isEmpty());
        show(model.keyProperty().get());
        model.load();
    }

    private void show(SecretariatKey key) {
        currentLabel.setText(key == null ? i18n.get("settings.secretariat.none")
                : i18n.format("settings.secretariat.current", key.organisation(), key.fingerprint()));
        removeButton.setDisable(key == null);
        if (key != null) {
            keyArea.clear();
        }
    }

    @FXML
    private void onUse() {
        model.use(keyArea.getText());
    }

    @FXML
    private void onRemove() {
        SecretariatKey key = model.keyProperty().get();
        if (key != null && dialogs.confirmText(removeButton, "settings.secretariat.remove.title",
                i18n.format("settings.secretariat.remove.message", key.organisation()), "settings.secretariat.remove.ok")) {
            model.remove();
        }
    }
}
