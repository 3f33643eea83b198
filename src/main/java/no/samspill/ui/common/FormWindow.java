package no.samspill.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** How a form dialog behaves as a window: it fits what it holds and the screen, and saves on Ctrl+S. */
final class FormWindow {

    /** Ctrl+S (Cmd+S on macOS) saves, as everywhere in the app. */
    private static final KeyCombination SAVE_KEY = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private FormWindow() {
    }

    /** Sizes the window again once a message or a field has come or gone. */
    static void fitLater(Dialog<?> dialog) {
        Platform.runLater(() -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    /**
     * A long form at a large text size can be taller than the screen: then, and only then, its
     * fields scroll in the room the screen leaves, so that Save and Cancel stay in sight. (A scroll
     * pane around every form cost the first field its focus and the window its height.) Checked
     * again as the window's height settles, since the window is fitted to the screen after it shows.
     */
    static void scrollWhenTooTall(DialogPane pane, GridPane fields) {
        Window window = pane.getScene().getWindow();
        InvalidationListener check = o -> {
            double need = pane.prefHeight(pane.getWidth());
            double room = Math.min(window.getHeight(), WindowsFit.screenOf(window).getHeight());
            if (pane.getContent() != fields || need <= room + 1) {
                return;
            }
            double besideFields = need - fields.prefHeight(fields.getWidth());
            ScrollPane scroll = new ScrollPane(fields);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setFocusTraversable(false);
            scroll.getStyleClass().add("edge-to-edge");
            scroll.setPrefViewportHeight(Math.max(120, room - besideFields - 16));
            // As wide as the fields where the screen allows: the scroll pane is for height.
            double widest = WindowsFit.screenOf(window).getWidth() - 48;
            scroll.setPrefViewportWidth(Math.min(fields.prefWidth(-1) + 16, widest));
            widenToFit(scroll, fields, widest);
            Scrolling.followFocus(scroll);
            pane.setContent(scroll);
            window.sizeToScene();
        };
        window.heightProperty().addListener(check);
        check.invalidated(null);
    }

    /**
     * The fields' width is known only once the text size's styles reach them, after the scroll pane
     * took its width; while they are wider than its view (sideways scrolling, hidden by the bar
     * policy), the view widens up to {@code widest}.
     */
    private static void widenToFit(ScrollPane scroll, GridPane fields, double widest) {
        InvalidationListener widen = o -> {
            double view = scroll.getViewportBounds().getWidth();
            double over = fields.getLayoutBounds().getWidth() - view;
            if (view > 0 && over > 1 && scroll.getPrefViewportWidth() < widest) {
                scroll.setPrefViewportWidth(Math.min(scroll.getPrefViewportWidth() + over, widest));
                Platform.runLater(() -> {
                    if (scroll.getScene() != null && scroll.getScene().getWindow() != null) {
                        scroll.getScene().getWindow().sizeToScene();
                    }
                });
            }
        };
        fields.layoutBoundsProperty().addListener(widen);
        scroll.viewportBoundsProperty().addListener(widen);
        Platform.runLater(() -> widen.invalidated(null));
    }

    /** Ctrl+S saves; on a form that is not complete it shows what is missing, beside each field. */
    static void saveOnShortcut(DialogPane pane, Button save, GridPane fields) {
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE_KEY.match(e)) {
                e.consume();
                FieldErrors.saveOrReveal(save, fields);
            }
        });
    }
}
