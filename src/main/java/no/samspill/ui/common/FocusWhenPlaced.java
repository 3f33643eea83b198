package no.samspill.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives a control the focus as soon as it is in the scene. A screen or form whose content sits in a
 * scroll pane is not in the scene until the pane's skin is made, with the first styling, in the next
 * pulse; a request for focus before that does nothing, and the keyboard user's next keys went nowhere.
 */
public final class FocusWhenPlaced {

    private FocusWhenPlaced() {
    }

    public static void request(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene was, Scene now) {
                if (now != null) {
                    obs.removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }
}
