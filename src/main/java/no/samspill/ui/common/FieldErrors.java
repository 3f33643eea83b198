package no.samspill.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/** Shows a field's validation message beside it, and marks the field, while the message key is set. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void bind(Control field, Label message, ObservableStringValue key, I18n i18n) {
        Runnable update = () -> {
            String k = key.get();
            boolean show = k != null;
            message.setText(show ? i18n.get(k) : "");
            message.setVisible(show);
            message.setManaged(show);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, show);
            field.setAccessibleHelp(show ? i18n.get(k) : null);
        };
        key.addListener((obs, old, now) -> update.run());
        update.run();
    }
}
