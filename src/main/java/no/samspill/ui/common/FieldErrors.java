package no.samspill.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/**
 * Shows a field's validation message beside it, and marks the field, while the message key is set.
 * "Required" waits until the user has been in the field and left it: a new form does not open in
 * red. Every other message comes from something typed or picked, so it shows at once.
 */
public final class FieldErrors {

    private static final String REQUIRED = "validation.required";

    private FieldErrors() {
    }

    public static void bind(Control field, Label message, ObservableStringValue key, I18n i18n) {
        boolean[] touched = {false};
        Runnable update = () -> {
            String k = key.get();
            boolean show = k != null && (touched[0] || !REQUIRED.equals(k));
            message.setText(show ? i18n.get(k) : "");
            message.setVisible(show);
            message.setManaged(show);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, show);
            field.setAccessibleHelp(show ? i18n.get(k) : null);
        };
        key.addListener((obs, old, now) -> update.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is && !touched[0]) {
                touched[0] = true;
                update.run();
            }
        });
        update.run();
    }
}
