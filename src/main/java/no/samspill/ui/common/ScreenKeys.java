package no.samspill.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Shortcuts of one screen that work wherever the focus is (also on the navigation): a filter on
 * the scene while the screen's root is in it, removed when the screen leaves.
 */
public final class ScreenKeys {

    private record Action(BooleanSupplier when, Runnable run) {
    }

    private final Map<KeyCombination, Action> actions = new LinkedHashMap<>();

    /** Shortcut (Ctrl on Windows and Linux, Cmd on macOS) with {@code key}. */
    public ScreenKeys shortcut(KeyCode key, Runnable run) {
        return shortcut(key, () -> true, run);
    }

    /** As above, only while {@code when} holds (a disabled Save does nothing). */
    public ScreenKeys shortcut(KeyCode key, BooleanSupplier when, Runnable run) {
        actions.put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), new Action(when, run));
        return this;
    }

    public void installOn(Node root) {
        EventHandler<KeyEvent> filter = e -> actions.entrySet().stream()
                .filter(a -> a.getKey().match(e) && a.getValue().when().getAsBoolean()).findFirst()
                .ifPresent(a -> {
                    a.getValue().run().run();
                    e.consume();
                });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
        });
    }
}
