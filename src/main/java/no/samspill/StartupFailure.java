package no.samspill;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import no.samspill.ui.common.ErrorMessages;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;

/** A failure the app cannot go on from (the data cannot be opened, read or replaced): logged, said, and the app ends. */
final class StartupFailure {

    private StartupFailure() {
    }

    /** On the FX thread. In the default language: the user's own is stored in the data that failed. */
    static void show(Throwable failure) {
        ErrorMessages.log("Starting", failure);
        I18n text = new I18n(Language.DEFAULT);
        Alert alert = new Alert(Alert.AlertType.ERROR, text.get("error.startup"), ButtonType.OK);
        alert.setTitle("Samspill");
        alert.setHeaderText(text.get("error.header"));
        alert.showAndWait();
        Platform.exit();
    }
}
