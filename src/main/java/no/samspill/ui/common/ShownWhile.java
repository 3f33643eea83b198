package no.samspill.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

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
}
