package no.samspill.ui.common;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/** The one way to do something to every window the app opens, now and later (main window, forms, alerts). */
final class EveryWindow {

    private EveryWindow() {
    }

    /** FX thread. {@code action} runs once per window, when it is first shown (or now, if it already is). */
    static void onEach(Consumer<Window> action) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(action);
            }
        });
        Window.getWindows().forEach(action);
    }
}
