package no.samspill;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was, kept in the user's preferences (not in the encrypted data: it says nothing
 * about anyone, and the password window needs it before the data is open). The first time, and
 * whenever the remembered place is off every screen, the window fills the screen's free area.
 */
final class WindowPlace {

    private static final Preferences PREFS = Preferences.userNodeForPackage(WindowPlace.class).node("window");

    private WindowPlace() {
    }

    /** Reads the stored place (the preferences' file), so that {@link #restore} finds it read. */
    static void read() {
        PREFS.getDouble("width", -1);
    }

    static void restore(Stage stage) {
        double w = PREFS.getDouble("width", -1);
        double h = PREFS.getDouble("height", -1);
        double x = PREFS.getDouble("x", Double.NaN);
        double y = PREFS.getDouble("y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        boolean known = w > 0 && h > 0 && !Screen.getScreensForRectangle(x, y, Math.max(1, w), Math.max(1, h)).isEmpty();
        if (!known) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            return;
        }
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(Math.min(w, screen.getWidth()));
        stage.setHeight(Math.min(h, screen.getHeight()));
        stage.setMaximized(PREFS.getBoolean("maximized", false));
    }

    static void remember(Stage stage) {
        PREFS.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            PREFS.putDouble("x", stage.getX());
            PREFS.putDouble("y", stage.getY());
            PREFS.putDouble("width", stage.getWidth());
            PREFS.putDouble("height", stage.getHeight());
        }
        try {
            PREFS.flush();
        } catch (BackingStoreException e) {
            // The place is a convenience: the next start fills the screen instead.
        }
    }
}
