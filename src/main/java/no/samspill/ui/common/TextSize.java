package no.samspill.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The text size the user chose in Innstillinger, as a share of the theme's own 14 px, applied to
 * every window the app opens (main window, dialogs, alerts). Kept in the user's preferences like the
 * window's place: it is about the person's eyes, not the programme data, and the password window
 * needs it before the data is open.
 */
public final class TextSize {

    public static final List<Integer> CHOICES = List.of(100, 125, 150, 175, 200);
    /** The Primer themes' root font size; every other size in them is in em. */
    private static final double THEME_PX = 14;
    private static final String PREFIX = "data:text/css;base64,";
    private static final Preferences PREFS = Preferences.userRoot().node("no/samspill/display");
    private static boolean installed;

    private TextSize() {
    }

    public static int percent() {
        int stored = PREFS.getInt("textSize", 100);
        return CHOICES.contains(stored) ? stored : 100;
    }

    /** Remembers the size and applies it at once to every open window (FX thread). */
    public static void set(int percent) {
        if (!CHOICES.contains(percent)) {
            throw new IllegalArgumentException("Not an offered text size: " + percent);
        }
        PREFS.putInt("textSize", percent);
        Window.getWindows().forEach(w -> apply(w.getScene()));
    }

    /** Watches every window, now and later, so dialogs get the size as they open (FX thread, once). */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(TextSize::watch);
            }
        });
        Window.getWindows().forEach(TextSize::watch);
    }

    private static void watch(Window window) {
        window.sceneProperty().addListener((obs, old, scene) -> apply(scene));
        apply(window.getScene());
    }

    private static void apply(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getStylesheets().removeIf(sheet -> sheet.startsWith(PREFIX));
        int percent = percent();
        if (percent != 100) {
            String css = ".root { -fx-font-size: " + (THEME_PX * percent / 100) + "px; }";
            scene.getStylesheets().add(PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
