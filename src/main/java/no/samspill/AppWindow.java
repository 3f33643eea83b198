package no.samspill;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import no.samspill.ui.common.TabMovesOn;

/** The one window: its size and place (remembered), its scene with the app's style sheet and keys, its theme, and coming to the front. */
final class AppWindow {

    /** The window of this process, for a second start that asks it to come to the front. */
    private static volatile AppWindow current;
    /** Set on the FX thread when the window has closed for good: the process is ending and shows nothing again. */
    private static volatile boolean closing;
    private final Stage stage;
    private final BooleanSupplier mayClose;

    /** {@code mayClose} is asked before the window closes, so a screen with unsaved changes can stop it. */
    AppWindow(Stage stage, BooleanSupplier mayClose) {
        this.stage = stage;
        current = this;
        closing = false;
        stage.setTitle("Samspill");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        this.mayClose = mayClose;
        stage.setOnCloseRequest(e -> {
            if (!mayClose.getAsBoolean()) {
                e.consume();
            } else {
                closing = true;
                WindowPlace.remember(stage);
            }
        });
    }

    /** Ctrl+Q: the same question as closing the window, then the window closes and the app with it. */
    private void quit() {
        if (mayClose.getAsBoolean()) {
            closing = true;
            WindowPlace.remember(stage);
            stage.close();
        }
    }

    static void theme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    void show(Parent root) {
        if (stage.getScene() == null) {
            Scene scene = new Scene(root);
            scene.getStylesheets().add(AppWindow.class.getResource("/css/samspill.css").toExternalForm());
            TabMovesOn.install(scene);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::quit);
            stage.setScene(scene);
            WindowPlace.restore(stage);
        } else {
            stage.getScene().setRoot(root);
        }
    }

    void title(String title) {
        stage.setTitle(title);
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void open() {
        stage.show();
    }

    /**
     * Called (from a background thread) when a second start asks this one to show itself. False once
     * the window has closed for good, so that the second start waits for this one to end and shows its
     * own window. Decided on the FX thread, where the window closes; a start before the window exists
     * counts as showing, since the window is on its way.
     */
    static boolean bringToFront() {
        if (closing) {
            // At once: a closing process's FX thread is busy closing the data and would answer only at the timeout.
            return false;
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        try {
            Platform.runLater(() -> answer.complete(showAgain()));
            return answer.get(2, TimeUnit.SECONDS);
        } catch (IllegalStateException | ExecutionException | TimeoutException e) {
            // The toolkit has not started, or has ended, or is busy closing the data (it closes on the FX thread).
            return !closing;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !closing;
        }
    }

    private static boolean showAgain() {
        AppWindow window = current;
        if (closing) {
            return false;
        }
        if (window != null) {
            window.stage.setIconified(false);
            window.stage.show();
            window.stage.toFront();
            window.stage.requestFocus();
        }
        return true;
    }
}
