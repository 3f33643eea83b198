package no.samspill.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's whole content while work that replaces the data runs (a password change, a restore):
 * only what is being done. The screens stay away meanwhile, since the data under them is closed and
 * a screen opened then would show an empty list as if everything were gone.
 */
public final class BusyScreen {

    private BusyScreen() {
    }

    public static Parent of(String text) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.setAccessibleText(text);
        Label label = new Label(text);
        label.setId("busyScreenLabel");
        label.setWrapText(true);
        HBox row = new HBox(10, busy, label);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(row);
        card.getStyleClass().add("choice-card");
        card.setPadding(new Insets(28, 32, 28, 32));
        card.setMaxSize(520, Region.USE_PREF_SIZE);
        StackPane root = new StackPane(card);
        root.getStyleClass().add("screen");
        return root;
    }
}
