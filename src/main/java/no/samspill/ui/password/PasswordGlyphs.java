package no.samspill.ui.password;

import javafx.scene.layout.Pane;
import javafx.scene.shape.SVGPath;

/**
 * The password window's two signs, the lock and the warning sign, as the outlines of the same Material
 * Icons glyphs (Apache License 2.0) that the other screens draw through Ikonli's font icons, at the
 * size those are shown (18 px). The first window thus loads no icon font: resolving Ikonli's handlers
 * and loading two fonts of about 250 kB each took about 30 ms before it could show (ADR 0032).
 *
 * <p>Each outline is taken from the glyph in the Ikonli pack's font, in the coordinates of an 18 px
 * em square with the baseline at its foot, so a pane of 18 × 18 takes the place the font icon's
 * text took (the fonts' ascent is one em, their descent none, their advance one em).
 */
final class PasswordGlyphs {

    private static final double SIZE = 18;

    /** Material Icons Outlined, "lock" (Ikonli {@code mdoal-lock}). */
    private static final String LOCK = "M13.5 6.02Q14.14 6.02 14.58 6.45Q15.02 6.89 15.02 7.48L15.02 15.02Q15.02 15.61 14.58 16.05"
            + "Q14.14 16.48 13.5 16.48L4.5 16.48Q3.88 16.48 3.42 16.05Q2.98 15.61 2.98 15.02L2.98 7.48Q2.98 6.89 3.42 6.45"
            + "Q3.88 6.02 4.5 6.02L5.23 6.02L5.23 4.5Q5.23 3.48 5.75 2.63Q6.27 1.75 7.13 1.25Q7.98 0.73 9 0.73Q10.02 0.73 10.88 1.25"
            + "Q11.75 1.75 12.25 2.63Q12.77 3.48 12.77 4.5L12.77 6.02L13.5 6.02ZM6.75 4.5L6.75 6.02L11.25 6.02L11.25 4.5"
            + "Q11.25 3.55 10.59 2.91Q9.95 2.25 9 2.25Q8.05 2.25 7.39 2.91Q6.75 3.55 6.75 4.5ZM13.5 15.02L13.5 7.48L4.5 7.48"
            + "L4.5 15.02L13.5 15.02ZM9 12.77Q8.38 12.77 7.92 12.33Q7.48 11.88 7.48 11.25Q7.48 10.61 7.92 10.17Q8.38 9.73 9 9.73"
            + "Q9.64 9.73 10.08 10.17Q10.52 10.61 10.52 11.25Q10.52 11.88 10.08 12.33Q9.64 12.77 9 12.77Z";

    /** Material Icons, "warning" (Ikonli {@code mdmz-warning}). */
    private static final String WARNING = "M0.73 15.75L9 1.52L17.27 15.75L0.73 15.75ZM9.73 13.5L9.73 11.98L8.27 11.98L8.27 13.5"
            + "L9.73 13.5ZM9.73 10.52L9.73 7.48L8.27 7.48L8.27 10.52L9.73 10.52Z";

    private PasswordGlyphs() {
    }

    static Pane lock() {
        return glyph(LOCK);
    }

    static Pane warning() {
        return glyph(WARNING);
    }

    /** A pane does not move its children, so the outline keeps its place in the em square. */
    private static Pane glyph(String outline) {
        SVGPath path = new SVGPath();
        path.setContent(outline);
        // The theme's colour for font icons, so the sign follows a light or dark theme as they do.
        path.getStyleClass().add("glyph");
        Pane pane = new Pane(path);
        pane.setMinSize(SIZE, SIZE);
        pane.setPrefSize(SIZE, SIZE);
        pane.setMaxSize(SIZE, SIZE);
        return pane;
    }
}
