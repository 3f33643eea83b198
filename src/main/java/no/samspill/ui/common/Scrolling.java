package no.samspill.ui.common;

import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * A screen fills the room it is given and lets its lists grow; only when the window (or a large
 * text size) leaves less room than the screen's fields and buttons need does it scroll, instead of
 * pushing them outside the window.
 */
public final class Scrolling {

    private Scrolling() {
    }

    public static Parent whenShort(Parent content) {
        if (content instanceof ScrollPane) {
            return content;
        }
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        pane.setFocusTraversable(false);
        pane.getStyleClass().add("edge-to-edge");
        return pane;
    }
}
