package no.samspill.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/** Nodes that show, and take room in their layout, only while a condition holds. */
public final class ShownWhile {

    private ShownWhile() {
    }

    public static void bind(ObservableBooleanValue shown, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
    }

    /**
     * A node the screen seldom shows (a busy sign, a fallback's button) is made a moment after the screen
     * ({@link LaterView#SOON}), in an event of its own, or at once when the condition holds first; it is
     * then placed before {@code before} in that node's parent and shown while the condition holds. A
     * hidden control still gets its skin and styling with the screen: on the first window, a progress
     * indicator and a button cost about 20 ms before it could show (ADR 0032). FX thread.
     */
    public static void builtSoon(ObservableBooleanValue shown, Node before, Supplier<? extends Node> make) {
        Runnable build = new Runnable() {
            private boolean built;

            @Override
            public void run() {
                if (built) {
                    return;
                }
                built = true;
                Node node = make.get();
                bind(shown, node);
                Pane parent = (Pane) before.getParent();
                parent.getChildren().add(parent.getChildren().indexOf(before), node);
            }
        };
        if (shown.get()) {
            build.run();
            return;
        }
        shown.addListener((obs, was, now) -> {
            if (now) {
                build.run();
            }
        });
        LaterView.soon(build);
    }
}
