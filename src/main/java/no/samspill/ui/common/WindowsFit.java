package no.samspill.ui.common;

import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every window the app opens (a form, a question, a file's import) lies within the screen it opens
 * on: one that would be taller or wider than the screen (a long form at a large text size) is made to
 * fit, and its content scrolls; one that would stick out past an edge is moved in.
 */
public final class WindowsFit {

    private static boolean installed;

    private WindowsFit() {
    }

    /** Watches every window, now and later (FX thread, once). */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        EveryWindow.onEach(WindowsFit::watch);
    }

    private static void watch(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            // A dialog was sized before the text size reached it; size it again to what it now holds.
            if (window instanceof Stage stage && stage.getOwner() != null && stage.getScene() != null) {
                stage.getScene().getRoot().applyCss();
                stage.sizeToScene();
            }
            fit(window);
        });
        // A window that grows after it shows (a form widening to its fields) is moved in again.
        InvalidationListener refit = o -> {
            if (window.isShowing()) {
                fit(window);
            }
        };
        window.heightProperty().addListener(refit);
        window.widthProperty().addListener(refit);
    }

    static void fit(Window window) {
        Rectangle2D screen = screenOf(window);
        if (window.getWidth() > screen.getWidth()) {
            window.setWidth(screen.getWidth());
        }
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        double x = Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth()));
        double y = Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight()));
        if (x != window.getX()) {
            window.setX(x);
        }
        if (y != window.getY()) {
            window.setY(y);
        }
    }

    static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
