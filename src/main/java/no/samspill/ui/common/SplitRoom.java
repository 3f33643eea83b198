package no.samspill.ui.common;

import java.util.function.DoubleSupplier;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * Room for the second of two columns. A list beside a form: when the window or a larger text size leaves the form less room than its
 * fields need, the divider moves left, as far as leaving the list three tenths, so the form is not
 * cut or scrolled sideways. The divider is only ever moved towards the list, so a user's own choice
 * of a wider form holds.
 */
public final class SplitRoom {

    private static final double LIST_AT_LEAST = 0.3;

    private SplitRoom() {
    }

    public static void keepForSecond(SplitPane split, DoubleSupplier needed) {
        split.widthProperty().addListener((obs, old, now) -> fit(split, needed));
    }

    /** Checks the room now: for a second column whose content was built after the split had its width. */
    public static void fit(SplitPane split, DoubleSupplier needed) {
        double width = split.getWidth();
        double need = needed.getAsDouble();
        if (width <= 0 || need <= 0 || split.getDividers().isEmpty()) {
            return;
        }
        double wanted = 1 - (need + 16) / width;
        double current = split.getDividerPositions()[0];
        if (wanted < current) {
            split.setDividerPositions(Math.max(LIST_AT_LEAST, wanted));
        }
    }

    /**
     * A side column (grants and deadlines beside the figures) as wide as {@code minPx}–{@code prefPx}
     * grown with the text size, but never more than {@code share} of {@code whole}, so the main
     * column keeps room at a large text size.
     */
    public static void capSide(Region side, Region whole, double minPx, double prefPx, double share) {
        whole.widthProperty().addListener((obs, old, width) -> {
            double cap = width.doubleValue() * share;
            side.setMinWidth(Math.min(TextSize.px(minPx), cap));
            side.setPrefWidth(Math.min(TextSize.px(prefPx), cap));
        });
    }
}
