package no.samspill.ui.common;

import java.util.function.DoubleSupplier;
import javafx.scene.control.SplitPane;

/**
 * A list beside a form: when the window or a larger text size leaves the form less room than its
 * fields need, the divider moves left, as far as leaving the list three tenths, so the form is not
 * cut or scrolled sideways. The divider is only ever moved towards the list, so a user's own choice
 * of a wider form holds.
 */
public final class SplitRoom {

    private static final double LIST_AT_LEAST = 0.3;

    private SplitRoom() {
    }

    public static void keepForSecond(SplitPane split, DoubleSupplier needed) {
        split.widthProperty().addListener((obs, old, now) -> {
            double width = now.doubleValue();
            double need = needed.getAsDouble();
            if (width <= 0 || need <= 0 || split.getDividers().isEmpty()) {
                return;
            }
            double wanted = 1 - (need + 16) / width;
            double current = split.getDividerPositions()[0];
            if (wanted < current) {
                split.setDividerPositions(Math.max(LIST_AT_LEAST, wanted));
            }
        });
    }
}
