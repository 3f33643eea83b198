package no.samspill.ui.common;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Shows a field's validation message beside it, and marks the field, while the message key is set.
 * "Required" waits until the user has been in the field and left it: a new form does not open in
 * red. Every other message comes from something typed or picked, so it shows at once.
 * The message's line is kept while it is empty, so that a message appearing moves no other field
 * (and the next click lands where the user aimed); only a message longer than a line adds room.
 */
public final class FieldErrors {

    private static final String REQUIRED = "validation.required";

    private static final String REVEAL = "samspillRevealMessage";

    private static final PseudoClass NOTICE = PseudoClass.getPseudoClass("notice");

    private FieldErrors() {
    }

    /**
     * After a try to save a form that is not complete: every field under {@code root} shows its
     * message, "required" too, and the first field with one takes the focus.
     */
    public static void revealAll(Parent root) {
        List<Control> fields = new ArrayList<>();
        collect(root, fields);
        fields.forEach(f -> ((Runnable) f.getProperties().get(REVEAL)).run());
        fields.stream().filter(f -> f.getAccessibleHelp() != null && f.isVisible()).findFirst().ifPresent(Control::requestFocus);
    }

    /** What Ctrl+S does on a form: presses {@code save}, or, while it is disabled, shows what is missing. */
    public static void saveOrReveal(Button save, Parent fields) {
        if (save.isDisabled()) {
            revealAll(fields);
        } else {
            save.fire();
        }
    }

    private static void collect(Parent parent, List<Control> into) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof Control c && c.getProperties().containsKey(REVEAL)) {
                into.add(c);
            }
            if (n instanceof Parent p) {
                collect(p, into);
            }
        }
    }

    public static void bind(Control field, Label message, ObservableStringValue key, I18n i18n) {
        bind(field, message, key, new SimpleStringProperty(), i18n);
    }

    /** As {@link #bind(Control, Label, ObservableStringValue, I18n)}, with a notice that shows while there is no message. */
    public static void bind(Control field, Label message, ObservableStringValue key, ObservableStringValue notice, I18n i18n) {
        boolean[] touched = {false};
        Runnable update = () -> {
            String k = key.get();
            boolean show = k != null && (touched[0] || !REQUIRED.equals(k));
            String n = show ? null : notice.get();
            String text = show ? i18n.get(k) : n != null ? i18n.get(n) : null;
            message.setText(text == null ? "" : text);
            message.setVisible(text != null);
            message.pseudoClassStateChanged(NOTICE, n != null);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, show);
            field.pseudoClassStateChanged(Styles.STATE_WARNING, n != null);
            field.setAccessibleHelp(text);
        };
        message.setMinHeight(Region.USE_PREF_SIZE);
        field.getProperties().put(REVEAL, (Runnable) () -> {
            touched[0] = true;
            update.run();
        });
        key.addListener((obs, old, now) -> update.run());
        notice.addListener((obs, old, now) -> update.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is && !touched[0]) {
                touched[0] = true;
                update.run();
            }
        });
        update.run();
    }
}
