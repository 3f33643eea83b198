package no.samspill.ui.password;

import no.samspill.ui.common.ShownWhile;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import no.samspill.ui.common.FieldErrors;
import no.samspill.ui.common.I18n;

/** The password screen shown before any data is opened. */
public final class PasswordController {

    private final PasswordViewModel<?> model;
    private final I18n i18n;

    @FXML private Label titleLabel;
    @FXML private Label introLabel;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordError;
    @FXML private Node repeatRow;
    @FXML private PasswordField repeatField;
    @FXML private Label repeatError;
    @FXML private Label warningLabel;
    @FXML private Label messageLabel;
    @FXML private Button unlockButton;
    @FXML private Label capsLockLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;
    @FXML private Button copyButton;

    public PasswordController(PasswordViewModel<?> model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        boolean choosing = model.mode() == PasswordViewModel.Mode.CREATE || model.mode() == PasswordViewModel.Mode.ENCRYPT_EXISTING;
        String[] keys = switch (model.mode()) {
            case CREATE -> new String[] {"password.create.title", "password.create.intro", "password.create.button"};
            case ENCRYPT_EXISTING -> new String[] {"password.encrypt.title", "password.encrypt.intro", "password.encrypt.button"};
            case UNLOCK -> new String[] {"password.unlock.title", "password.unlock.intro", "password.unlock.button"};
            case SERVER -> new String[] {"password.server.title", "password.server.intro", "password.server.button"};
        };
        titleLabel.setText(i18n.get(keys[0]));
        busyLabel.setText(i18n.get(choosing ? "password.busy.create" : model.mode() == PasswordViewModel.Mode.SERVER
                ? "password.server.busy" : "password.busy"));
        introLabel.setText(model.server() == null ? i18n.get(keys[1])
                : i18n.format(keys[1], model.server().database(), model.server().host(), model.server().user()));
        ShownWhile.bind(model.fallbackOfferedProperty(), copyButton);
        unlockButton.setText(i18n.get(keys[2]));
        unlockButton.setMnemonicParsing(true);
        repeatRow.setVisible(choosing);
        repeatRow.setManaged(choosing);
        warningLabel.setVisible(choosing);
        warningLabel.setManaged(choosing);
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        repeatField.textProperty().bindBidirectional(model.repeatProperty());
        if (choosing) {
            FieldErrors.bind(passwordField, passwordError, model.passwordErrorProperty(), i18n);
            FieldErrors.bind(repeatField, repeatError, model.repeatErrorProperty(), i18n);
        } else {
            passwordError.setVisible(false);
            passwordError.setManaged(false);
        }
        FieldErrors.bind(passwordField, messageLabel, model.messageProperty(), i18n);
        unlockButton.disableProperty().bind(model.readyProperty().not());
        // The key derivation takes a noticeable moment on purpose; say that something is happening.
        ShownWhile.bind(model.busyProperty(), busyIndicator, busyLabel);
        for (PasswordField field : new PasswordField[] {passwordField, repeatField}) {
            field.addEventHandler(KeyEvent.KEY_RELEASED, e -> showCapsLock());
            field.focusedProperty().addListener((obs, was, is) -> showCapsLock());
        }
        Platform.runLater(passwordField::requestFocus);
    }

    /** A hidden password typed with Caps Lock on is the commonest wrong password; say so before it is tried. */
    private void showCapsLock() {
        boolean on = Platform.isKeyLocked(KeyCode.CAPS).orElse(false);
        capsLockLabel.setVisible(on);
        capsLockLabel.setManaged(on);
    }

    @FXML
    private void onUnlock() {
        model.submit();
    }

    @FXML
    private void onOpenCopy() {
        model.openFallback();
    }
}
