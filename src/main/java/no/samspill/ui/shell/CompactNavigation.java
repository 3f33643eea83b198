package no.samspill.ui.shell;

import javafx.beans.InvalidationListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * The navigation shows its icons only when the window is narrow for the text size (200 % on a
 * laptop): the names would take a third of the width the screens need. Each button keeps its name
 * as its accessible text and its tooltip, and Ctrl+number still opens it.
 */
final class CompactNavigation {

    /** Below this width, in lines of the chosen text size, the names give way to the screen. */
    static final double NARROW_EM = 75;

    private CompactNavigation() {
    }

    /** {@code names}: the navigation's buttons first (their text size is the measure), then any title. */
    static void install(Region window, Region sidebar, Iterable<? extends Labeled> names) {
        double fullMinWidth = sidebar.getMinWidth();
        InvalidationListener check = o -> {
            double em = fontSize(names);
            boolean compact = window.getWidth() > 0 && window.getWidth() < NARROW_EM * em;
            ContentDisplay display = compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            for (Labeled name : names) {
                if (name.getContentDisplay() != display) {
                    name.setContentDisplay(display);
                }
            }
            sidebar.setMinWidth(compact ? Region.USE_COMPUTED_SIZE : fullMinWidth);
        };
        window.widthProperty().addListener(check);
        for (Labeled name : names) {
            name.fontProperty().addListener(check);
        }
    }

    private static double fontSize(Iterable<? extends Labeled> names) {
        for (Labeled name : names) {
            return name.getFont().getSize();
        }
        return Font.getDefault().getSize();
    }
}
