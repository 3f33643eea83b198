package no.samspill.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
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
        EveryWindow.onEach(TextSize::watch);
    }

    /** {@code px} at the theme's text size, grown with the chosen size, for widths set in code. */
    public static double px(double px) {
        return px * percent() / 100.0;
    }

    /**
     * Grows the widths and heights a view's FXML gives in pixels (a field's 150 px, a column's 160 px)
     * by the chosen size, so a field sized for its text still holds it at 200 %. A screen is scaled
     * as it loads; changing the size reloads the main window.
     */
    public static void scaleSizes(Node root) {
        double factor = percent() / 100.0;
        if (factor != 1) {
            scale(root, factor);
        }
    }

    private static void scale(Node node, double factor) {
        if (node instanceof Region region) {
            List.of(region.minWidthProperty(), region.prefWidthProperty(), region.maxWidthProperty(),
                    region.minHeightProperty(), region.prefHeightProperty(), region.maxHeightProperty()).forEach(size -> {
                // A size bound by a controller (the status bar's path follows the bar) follows its source.
                if (!size.isBound()) {
                    size.set(scaled(size.get(), factor));
                }
            });
        }
        if (node instanceof GridPane grid) {
            for (ColumnConstraints c : grid.getColumnConstraints()) {
                c.setMinWidth(scaled(c.getMinWidth(), factor));
                c.setPrefWidth(scaled(c.getPrefWidth(), factor));
                c.setMaxWidth(scaled(c.getMaxWidth(), factor));
            }
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> c.setPrefWidth(scaled(c.getPrefWidth(), factor)));
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(c -> c != null).forEach(c -> scale(c, factor));
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> scale(item, factor));
        } else if (node instanceof ScrollPane pane && pane.getContent() != null) {
            scale(pane.getContent(), factor);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> scale(child, factor));
        }
    }

    /** Only sizes given in pixels; "as computed", "as preferred" and "unbounded" stay as they are. */
    private static double scaled(double size, double factor) {
        return size > 0 && size < 10_000 ? size * factor : size;
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
            // Icons are sized in pixels, not by the font; they grow with the text (the theme's are 16 px).
            String css = ".root { -fx-font-size: " + (THEME_PX * percent / 100) + "px; }"
                    + " .ikonli-font-icon { -fx-icon-size: " + (16 * percent / 100) + "px; }";
            scene.getStylesheets().add(PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
