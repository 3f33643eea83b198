package no.samspill.ui.password;

import no.samspill.ui.common.ShownWhile;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import no.samspill.ui.common.FieldErrors;
import no.samspill.ui.common.I18n;

/** The password screen shown before any data is opened. */
public final class PasswordController {

    private final PasswordViewModel<?> model;
    private final I18n i18n;

    private final PasswordView view;
    private final String noticeKey;

    /** Builds the screen's controls ({@link PasswordView}) and binds them to {@code model}. */
    public PasswordController(PasswordViewModel<?> model, I18n i18n) {
        this(model, i18n, null);
    }

    /** As above; {@code noticeKey} says what just happened to the data (a new password, a restore) in place of the introduction. */
    public PasswordController(PasswordViewModel<?> model, I18n i18n, String noticeKey) {
        this.model = model;
        this.i18n = i18n;
        this.noticeKey = noticeKey;
        view = new PasswordView(i18n);
        bind();
    }

    /** The screen, for the window. */
    public Parent root() {
        return view.root();
    }

    private void bind() {
        boolean choosing = model.mode() == PasswordViewModel.Mode.CREATE || model.mode() == PasswordViewModel.Mode.ENCRYPT_EXISTING;
        String[] keys = switch (model.mode()) {
            case CREATE -> new String[] {"password.create.title", "password.create.intro", "password.create.button"};
            case ENCRYPT_EXISTING -> new String[] {"password.encrypt.title", "password.encrypt.intro", "password.encrypt.button"};
            case UNLOCK -> new String[] {"password.unlock.title", "password.unlock.intro", "password.unlock.button"};
            case SERVER -> new String[] {"password.server.title", "password.server.intro", "password.server.button"};
        };
        view.titleLabel.setText(i18n.get(keys[0]));
        view.busyLabel.setText(i18n.get(choosing ? "password.busy.create" : model.mode() == PasswordViewModel.Mode.SERVER
                ? "password.server.busy" : "password.busy"));
        view.introLabel.setText(noticeKey != null ? i18n.get(noticeKey) : model.server() == null ? i18n.get(keys[1])
                : i18n.format(keys[1], model.server().database(), model.server().host(), model.server().user()));
        ShownWhile.builtSoon(model.fallbackOfferedProperty(), view.unlockButton, () -> {
            Button copy = PasswordView.copyButton(i18n);
            copy.setOnAction(e -> model.openFallback());
            return copy;
        });
        view.unlockButton.setText(i18n.get(keys[2]));
        view.unlockButton.setMnemonicParsing(true);
        view.repeatRow.setVisible(choosing);
        view.repeatRow.setManaged(choosing);
        view.warningLabel.setVisible(choosing);
        view.warningLabel.setManaged(choosing);
        view.passwordField.textProperty().bindBidirectional(model.passwordProperty());
        view.repeatField.textProperty().bindBidirectional(model.repeatProperty());
        if (choosing) {
            FieldErrors.bind(view.passwordField, view.passwordError, model.passwordErrorProperty(), i18n);
            FieldErrors.bind(view.repeatField, view.repeatError, model.repeatErrorProperty(), i18n);
        } else {
            view.passwordError.setVisible(false);
            view.passwordError.setManaged(false);
        }
        FieldErrors.bind(view.passwordField, view.messageLabel, model.messageProperty(), i18n);
        view.unlockButton.disableProperty().bind(model.readyProperty().not());
        // The key derivation takes a noticeable moment on purpose; say that something is happening.
        ShownWhile.bind(model.busyProperty(), view.busyLabel);
        ShownWhile.builtSoon(model.busyProperty(), view.busyLabel, PasswordView::busyIndicator);
        for (PasswordField field : new PasswordField[] {view.passwordField, view.repeatField}) {
            field.addEventHandler(KeyEvent.KEY_RELEASED, e -> showCapsLock());
            field.focusedProperty().addListener((obs, was, is) -> showCapsLock());
        }
        view.passwordField.setOnAction(e -> model.submit());
        view.repeatField.setOnAction(e -> model.submit());
        view.unlockButton.setOnAction(e -> model.submit());
        Platform.runLater(view.passwordField::requestFocus);
    }

    /** A hidden password typed with Caps Lock on is the commonest wrong password; say so before it is tried. */
    private void showCapsLock() {
        boolean on = Platform.isKeyLocked(KeyCode.CAPS).orElse(false);
        view.capsLockLabel.setVisible(on);
        view.capsLockLabel.setManaged(on);
    }
}
