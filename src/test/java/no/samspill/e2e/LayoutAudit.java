package no.samspill.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * What a person at a small screen would trip over, read from the live scene graph rather than from
 * the code that built it: text the toolkit cut with an ellipsis, a control that lies (partly) outside
 * its window or outside the screen, and a control that keyboard and screen-reader users reach but
 * that has no name (no label pointing at it, no text of its own, no accessible text).
 */
final class LayoutAudit {

    private final Rectangle2D screen;
    private final List<String> findings = new ArrayList<>();

    LayoutAudit(Rectangle2D screen) {
        this.screen = screen;
    }

    List<String> findings() {
        return findings;
    }

    /** Checks one window as it is now; {@code where} names the screen or dialog in the findings. */
    void check(Window window, String where) {
        Scene scene = window.getScene();
        if (window.getX() < screen.getMinX() - 1 || window.getY() < screen.getMinY() - 1
                || window.getX() + window.getWidth() > screen.getMaxX() + 1 || window.getY() + window.getHeight() > screen.getMaxY() + 1) {
            findings.add(where + ": the window (" + (int) window.getWidth() + "×" + (int) window.getHeight() + " at "
                    + (int) window.getX() + "," + (int) window.getY() + ") is not inside the screen");
        }
        List<Node> shown = new ArrayList<>();
        collect(scene.getRoot(), shown);
        Set<Node> labelled = shown.stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getLabelFor())
                .filter(n -> n != null).collect(Collectors.toSet());
        for (Node node : shown) {
            if (node instanceof Labeled labeled) {
                cut(labeled, where);
            }
            if (node instanceof ScrollPane pane && pane.getContent() != null
                    && pane.getContent().getLayoutBounds().getWidth() > pane.getViewportBounds().getWidth() + 1) {
                findings.add(where + ": " + describe(pane) + " needs sideways scrolling ("
                        + (int) pane.getContent().getLayoutBounds().getWidth() + " in " + (int) pane.getViewportBounds().getWidth() + ")");
            }
            if (node instanceof Control control && !scrolls(control)) {
                outside(control, scene, where);
            }
            if (node instanceof Control control && control.isFocusTraversable() && !control.isDisabled()
                    && !insideAnotherControl(control) && !named(control, labelled)) {
                findings.add(where + ": " + describe(control) + " has no label or accessible text");
            }
        }
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private void cut(Labeled labeled, String where) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        if (labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY && labeled.getGraphic() == null) {
            findings.add(where + ": «" + full + "» shows nothing (" + describe(labeled) + ")");
        }
        String ellipsis = labeled.getEllipsisString();
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.isVisible() && text.getText() != null
                    && text.getText().contains(ellipsis) && !full.contains(ellipsis)) {
                findings.add(where + ": «" + full + "» is cut to «" + text.getText() + "» (" + describe(labeled) + ")");
            }
        }
    }

    private void outside(Control control, Scene scene, String where) {
        Bounds b = control.localToScene(control.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
            findings.add(where + ": " + describe(control) + " lies outside the window (" + (int) b.getMinX() + ".."
                    + (int) b.getMaxX() + " × " + (int) b.getMinY() + ".." + (int) b.getMaxY() + " in "
                    + (int) scene.getWidth() + "×" + (int) scene.getHeight() + ")");
        }
    }

    /** Inside a scroll pane or a list's clipped flow the user scrolls to it; that is not cut. */
    private static boolean scrolls(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p.getClip() != null) {
                return true;
            }
        }
        return false;
    }

    /** A combo box's editor, a spinner's field, a table's cells: the outer control carries the name. */
    private static boolean insideAnotherControl(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Control) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Control control, Set<Node> labelled) {
        if (labelled.contains(control) || notBlank(control.getAccessibleText())) {
            return true;
        }
        if (control instanceof Labeled l && notBlank(l.getText())) {
            return true;
        }
        if (control instanceof TabPane tabs) {
            return tabs.getTabs().stream().allMatch(t -> notBlank(t.getText()));
        }
        return false;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String describe(Node node) {
        String text = node instanceof Labeled l ? " «" + l.getText() + "»"
                : node instanceof TextInputControl t && notBlank(t.getPromptText()) ? " prompt «" + t.getPromptText() + "»"
                : node instanceof ComboBoxBase<?> c && notBlank(c.getPromptText()) ? " prompt «" + c.getPromptText() + "»" : "";
        String id = node.getId() == null ? "" : "#" + node.getId();
        String parentId = "";
        for (Node p = node.getParent(); p != null && parentId.isEmpty(); p = p.getParent()) {
            parentId = p.getId() == null ? "" : " in #" + p.getId();
        }
        return node.getClass().getSimpleName() + id + text + parentId;
    }
}
