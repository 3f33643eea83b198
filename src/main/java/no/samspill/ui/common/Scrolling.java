package no.samspill.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
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
        followFocus(pane);
        return pane;
    }

    /** A ScrollPane does not follow the focus by itself: a field reached with Tab is scrolled into sight. */
    public static void followFocus(ScrollPane pane) {
        ChangeListener<Node> follow = (obs, old, now) -> {
            if (now != null && nearestScrollPane(now) == pane) {
                scrollTo(now);
            }
        };
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
        if (pane.getScene() != null) {
            pane.getScene().focusOwnerProperty().addListener(follow);
        }
    }

    /** Scrolls the nearest scroll pane around {@code node} so that all of the node is in sight. */
    public static void scrollTo(Node node) {
        ScrollPane pane = nearestScrollPane(node);
        if (pane == null || pane.getContent() == null) {
            return;
        }
        Bounds in = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double content = pane.getContent().getBoundsInLocal().getHeight();
        double view = pane.getViewportBounds().getHeight();
        if (content > view) {
            double top = pane.getVvalue() * (content - view);
            if (in.getMinY() < top) {
                pane.setVvalue(in.getMinY() / (content - view));
            } else if (in.getMaxY() > top + view) {
                pane.setVvalue(Math.min(1, (in.getMaxY() - view) / (content - view)));
            }
        }
    }

    private static ScrollPane nearestScrollPane(Node node) {
        Parent p = node.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        return (ScrollPane) p;
    }

    /**
     * Scrolls {@code table} so that row {@code index} shows, unless it already shows whole: a click
     * on a row must not make the list jump under the pointer.
     */
    public static void rowIntoView(TableView<?> table, int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null
                && flow.getFirstVisibleCell().getIndex() < index && index < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        table.scrollTo(index);
    }
}
