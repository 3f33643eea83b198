package no.samspill.ui.common;

import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a text area moves to the next field, as everywhere else, instead of typing a tab
 * character that traps a keyboard user (WCAG 2.1.2). The text area's own binding for
 * Ctrl+Tab moves focus, so the Tab press is passed on as Ctrl+Tab; Shift+Tab moves back.
 */
public final class TabMovesOn {

    private TabMovesOn() {
    }

    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, TabMovesOn::onKey);
    }

    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, TabMovesOn::onKey);
    }

    private static void onKey(KeyEvent e) {
        EventTarget target = e.getTarget();
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && target instanceof TextArea area) {
            e.consume();
            area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
        }
    }
}
