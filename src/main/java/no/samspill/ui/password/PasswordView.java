package no.samspill.ui.password;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TextSize;

/**
 * The password window's controls, built in code rather than from FXML: it is the first window, and
 * the FXML loader's first use (its parser, reflection and builders) cost about 80 ms before it could
 * show (ADR 0030). The node ids are those the other screens' FXML would give, so tests find them alike.
 */
final class PasswordView {

    final StackPane root = new StackPane();
    final Label titleLabel = wrapping(id(new Label(), "titleLabel"));
    final Label introLabel = wrapping(id(new Label(), "introLabel"));
    final PasswordField passwordField = id(new PasswordField(), "passwordField");
    final Label passwordError = error("passwordError");
    final PasswordField repeatField = id(new PasswordField(), "repeatField");
    final Label repeatError = error("repeatError");
    final VBox repeatRow = id(new VBox(6), "repeatRow");
    final Label warningLabel = notice(wrapping(id(new Label(), "warningLabel")));
    final Label capsLockLabel = notice(id(new Label(), "capsLockLabel"));
    final Label messageLabel = error("messageLabel");
    final Label busyLabel = id(new Label(), "busyLabel");
    final Button unlockButton = id(new Button(), "unlockButton");

    PasswordView(I18n i18n) {
        root.getStyleClass().add("screen");
        titleLabel.getStyleClass().add("title-2");
        HBox title = new HBox(10, PasswordGlyphs.lock(), titleLabel);
        title.setAlignment(Pos.CENTER_LEFT);
        repeatRow.getChildren().addAll(labelFor(i18n, "password.repeat", repeatField), repeatField, repeatError);
        warningLabel.setText(i18n.get("password.warning"));
        capsLockLabel.setText(i18n.get("password.capsLock"));
        capsLockLabel.setManaged(false);
        capsLockLabel.setVisible(false);
        busyLabel.getStyleClass().add("text-muted");
        busyLabel.setManaged(false);
        busyLabel.setVisible(false);
        unlockButton.setDefaultButton(true);
        unlockButton.getStyleClass().add("accent");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The busy sign and the button for the server's copy are made just after the window (busyIndicator, copyButton).
        HBox buttons = new HBox(10, busyLabel, gap, unlockButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(10, title, introLabel, labelFor(i18n, "password.field", passwordField), passwordField,
                passwordError, repeatRow, warningLabel, capsLockLabel, messageLabel, buttons);
        card.setMaxSize(520, Region.USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("choice-card");
        card.setPadding(new Insets(28, 32, 28, 32));
        root.getChildren().add(card);
        TextSize.scaleSizes(root);
    }

    Parent root() {
        return root;
    }

    static ProgressIndicator busyIndicator() {
        ProgressIndicator busy = id(new ProgressIndicator(), "busyIndicator");
        busy.setPrefSize(22, 22);
        return busy;
    }

    static Button copyButton(I18n i18n) {
        Button copy = id(new Button(i18n.get("password.server.openCopy")), "copyButton");
        copy.setMnemonicParsing(true);
        return copy;
    }

    private static Label labelFor(I18n i18n, String key, Node field) {
        Label label = new Label(i18n.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label error(String id) {
        Label label = id(new Label(), id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        return label;
    }

    /** A warning line with the warning sign, as the other screens' notices about personal data. */
    private static Label notice(Label label) {
        label.getStyleClass().add("personal-data-warning");
        label.setGraphic(PasswordGlyphs.warning());
        return label;
    }

    private static <T extends Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }
}
