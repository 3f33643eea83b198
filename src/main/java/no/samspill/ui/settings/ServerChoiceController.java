package no.samspill.ui.settings;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import no.samspill.data.ServerAddress;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FieldErrors;
import no.samspill.ui.common.I18n;

/** Where the data lives: the file here, or the municipality's server from the next start. */
public final class ServerChoiceController {

    private final ServerChoiceViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private Label currentLabel;
    @FXML private TextField hostField;
    @FXML private Label hostError;
    @FXML private TextField portField;
    @FXML private Label portError;
    @FXML private TextField databaseField;
    @FXML private Label databaseError;
    @FXML private TextField userField;
    @FXML private Label userError;
    @FXML private Button useServerButton;
    @FXML private Button useFileButton;

    public ServerChoiceController(ServerChoiceViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        bind(hostField, hostError, model.host.valueProperty(), model.host.messageProperty());
        bind(portField, portError, model.port.valueProperty(), model.port.messageProperty());
        bind(databaseField, databaseError, model.database.valueProperty(), model.database.messageProperty());
        bind(userField, userError, model.user.valueProperty(), model.user.messageProperty());
        model.chosenProperty().addListener((o, a, now) -> show(now));
        show(model.chosenProperty().get());
    }

    private void bind(TextField field, Label error, javafx.beans.property.ObjectProperty<String> value,
                      javafx.beans.value.ObservableStringValue message) {
        field.textProperty().bindBidirectional(value);
        FieldErrors.bind(field, error, message, i18n);
    }

    private void show(Optional<ServerAddress> chosen) {
        currentLabel.setText(chosen.map(a -> i18n.format("settings.server.current", a.user(), a.host(), Integer.toString(a.port()), a.database()))
                .orElse(i18n.get("settings.server.file")));
        useFileButton.setDisable(chosen.isEmpty());
    }

    @FXML
    private void onUseServer() {
        if (model.useServer()) {
            dialogs.info(useServerButton, "settings.server.title", i18n.get("settings.server.nextStart"));
        } else {
            FieldErrors.revealAll(hostField.getParent());
        }
    }

    @FXML
    private void onUseFile() {
        if (dialogs.confirm(useFileButton, "settings.server.title", "settings.server.useFile.confirm", "settings.server.useFile")) {
            model.useFile();
        }
    }
}
