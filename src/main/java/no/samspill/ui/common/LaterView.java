package no.samspill.ui.common;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.util.Duration;

/**
 * A part of a screen built the first time it is shown rather than with the screen: the tabs of a
 * record the user may never open. The toolkit styles and lays out hidden tabs too, so building
 * them with the screen made the candidate screen's first frame block the FX thread for a third of
 * a second at 100,000 candidates (ADR 0029). Built once; later showings reuse it.
 */
public final class LaterView<C> {

    /** After the screen's first frame and the load it started. */
    public static final Duration SOON = Duration.millis(300);

    private final ViewLoader views;
    private final View view;
    private final Consumer<Parent> place;
    /** Held so that a binding made for this part alone is not collected while the screen lives. */
    private final ObservableBooleanValue shown;
    private C controller;
    private ViewLoader.Loaded<C> prepared;

    /** Builds {@code view} into {@code place} as soon as {@code shown} is true, or when {@link #controller()} is asked for. */
    public LaterView(ViewLoader views, View view, ObservableBooleanValue shown, Consumer<Parent> place) {
        this.views = views;
        this.view = view;
        this.place = place;
        this.shown = shown;
        shown.addListener((obs, was, is) -> {
            if (is) {
                controller();
            }
        });
        if (shown.get()) {
            controller();
        }
    }

    /** The part's controller, building the part now if it has not been shown yet. */
    public C controller() {
        if (controller == null) {
            ViewLoader.Loaded<C> loaded = prepared != null ? prepared : views.load(view);
            prepared = null;
            controller = loaded.controller();
            place.accept(loaded.root());
        }
        return controller;
    }

    /**
     * Builds the part, without placing it, a moment from now ({@link #SOON}), in an event of its own:
     * for a part the screen's user nearly always opens, so that opening it then only places and styles it.
     */
    public void prepareSoon() {
        soon(() -> {
            if (controller == null && prepared == null) {
                prepared = views.load(view);
            }
        });
    }

    /** Runs {@code work} on the FX thread a moment from now ({@link #SOON}), in an event of its own. */
    static void soon(Runnable work) {
        PauseTransition soon = new PauseTransition(SOON);
        soon.setOnFinished(e -> work.run());
        soon.play();
    }
}
