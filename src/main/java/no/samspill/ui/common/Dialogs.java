package no.samspill.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Label;

/** The one way to show an error and the one way to ask for confirmation. */
public final class Dialogs {

    private final I18n i18n;

    public Dialogs(I18n i18n) {
        this.i18n = i18n;
    }

    public void error(Node owner, String context, Throwable t) {
        ErrorMessages.log(context, t);
        Alert alert = new Alert(Alert.AlertType.ERROR, i18n.get(ErrorMessages.keyFor(t)), ButtonType.OK);
        alert.setTitle(i18n.get("error.title"));
        alert.setHeaderText(i18n.get("error.header"));
        show(alert, owner);
    }

    /** Tells the user something finished, such as where a file went. */
    public void info(Node owner, String titleKey, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle(i18n.get(titleKey));
        alert.setHeaderText(i18n.get(titleKey));
        show(alert, owner);
    }

    /** Shows a long text to read (and copy), in a box that scrolls rather than growing past a laptop screen. */
    public void text(Node owner, String titleKey, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefSize(720, 420);
        area.getStyleClass().add("monospace");
        area.setAccessibleText(i18n.get(titleKey));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.setTitle(i18n.get(titleKey));
        alert.setHeaderText(i18n.get(titleKey));
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        show(alert, owner);
    }

    /** Asks for a password in a small dialog; null when cancelled. The caller wipes the array. */
    public char[] password(Node owner, String titleKey, String labelKey) {
        PasswordField field = new PasswordField();
        field.setAccessibleText(i18n.get(labelKey));
        Label label = new Label(i18n.get(labelKey), field);
        label.setMnemonicParsing(false);
        label.setLabelFor(field);
        label.setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
        label.setGraphicTextGap(6);
        ButtonType ok = new ButtonType(i18n.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.NONE, "", ok, cancel);
        alert.setTitle(i18n.get(titleKey));
        alert.setHeaderText(i18n.get(titleKey));
        alert.getDialogPane().setContent(label);
        alert.setOnShown(e -> field.requestFocus());
        boolean given = show(alert, owner) == ok && !field.getText().isEmpty();
        char[] out = given ? field.getText().toCharArray() : null;
        field.clear();
        return out;
    }

    /** Asks before something is lost; the safe answer is the default button. */
    public boolean confirm(Node owner, String titleKey, String messageKey, String confirmKey) {
        return confirmText(owner, titleKey, i18n.get(messageKey), confirmKey);
    }

    /** As {@link #confirm}, with a message already formatted (for instance with names in it). */
    public boolean confirmText(Node owner, String titleKey, String message, String confirmKey) {
        return confirmText(owner, titleKey, message, confirmKey, "common.cancel");
    }

    private boolean confirmText(Node owner, String titleKey, String message, String confirmKey, String keepKey) {
        ButtonType confirm = new ButtonType(i18n.get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get(keepKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel);
        alert.setTitle(i18n.get(titleKey));
        alert.setHeaderText(i18n.get(titleKey));
        alert.getDialogPane().lookupButton(confirm).setId("confirm-ok");
        alert.getDialogPane().lookupButton(cancel).setId("confirm-cancel");
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return show(alert, owner) == confirm;
    }

    /** Both buttons say what happens; "Avbryt" would be ambiguous here, since the user just pressed one. */
    public boolean confirmDiscard(Node owner) {
        return confirmText(owner, "confirm.discard.title", i18n.get("confirm.discard.message"), "confirm.discard.ok",
                "confirm.discard.keep");
    }

    /**
     * Asks with one button per answer, the last being the safe one (the default, also Esc). Returns
     * the index of the answer, or the last index when the window is closed.
     */
    public int ask(Node owner, String titleKey, String message, List<String> answers) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            boolean safe = i == answers.size() - 1;
            buttons.add(new ButtonType(answers.get(i), safe ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER));
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons.toArray(ButtonType[]::new));
        alert.setTitle(i18n.get(titleKey));
        alert.setHeaderText(i18n.get(titleKey));
        for (int i = 0; i < buttons.size(); i++) {
            Button b = (Button) alert.getDialogPane().lookupButton(buttons.get(i));
            b.setId("ask-" + i);
            b.setDefaultButton(i == buttons.size() - 1);
        }
        ButtonType answer = show(alert, owner);
        int index = buttons.indexOf(answer);
        return index < 0 ? buttons.size() - 1 : index;
    }

    private static ButtonType show(Alert alert, Node owner) {
        Window window = owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert.showAndWait().orElse(ButtonType.CANCEL);
    }
}
