package no.samspill.ui.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The password window's outlines are the glyphs the other screens draw with Ikonli's font icons. The
 * oracle is Ikonli itself: the font icon and the outline are drawn side by side under the theme and
 * compared pixel by pixel (text rasterised from the font against a path filled as a shape), in size,
 * in where the ink falls and in its colour, under the light theme and the dark.
 */
@ExtendWith(ApplicationExtension.class)
class PasswordGlyphsTest {

    private Stage stage;
    private HBox row;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        row = new HBox(20);
        stage.setScene(new Scene(row, 200, 80));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    @Test
    void theLockIsIkonlisLockInPlaceSizeAndColour() throws Exception {
        assertSameAs("mdoal-lock", PasswordGlyphs::lock, new PrimerLight().getUserAgentStylesheet());
        assertSameAs("mdoal-lock", PasswordGlyphs::lock, new PrimerDark().getUserAgentStylesheet());
    }

    @Test
    void theWarningSignIsIkonlisWarningInPlaceSizeAndColour() throws Exception {
        assertSameAs("mdmz-warning", PasswordGlyphs::warning, new PrimerLight().getUserAgentStylesheet());
        assertSameAs("mdmz-warning", PasswordGlyphs::warning, new PrimerDark().getUserAgentStylesheet());
    }

    @Test
    void theComparisonTellsTheTwoSignsApart() throws Exception {
        Drawn lock = draw(new FontIcon("mdoal-lock"), PasswordGlyphs.warning(), new PrimerLight().getUserAgentStylesheet());
        double overlap = lock.inkOverlap();
        assertTrue(overlap < 0.5, "the lock and the warning sign overlap by " + overlap);
    }

    private void assertSameAs(String ikon, java.util.function.Supplier<Region> glyph, String theme) throws Exception {
        Drawn drawn = draw(new FontIcon(ikon), glyph.get(), theme);
        assertEquals(drawn.icon().getWidth(), drawn.glyph().getWidth(), 0.01, ikon + ": width");
        assertEquals(drawn.icon().getHeight(), drawn.glyph().getHeight(), 0.01, ikon + ": height");
        double overlap = drawn.inkOverlap();
        // The lock is a one-pixel outline whose half-pixel edges the font rasteriser and the shape filler
        // round apart (0.84 here); the lock against the warning sign overlaps by 0.27.
        assertTrue(overlap > 0.75, ikon + ": the ink of the two overlaps by " + overlap + " only");
        Color a = drawn.strongestInk(drawn.icon());
        Color b = drawn.strongestInk(drawn.glyph());
        double distance = Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
        assertTrue(distance < 0.1, ikon + ": the strongest ink is " + a + " in the icon, " + b + " in the outline");
    }

    private Drawn draw(FontIcon icon, Region glyph, String theme) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = stage.getScene();
            scene.getStylesheets().setAll(theme, PasswordGlyphs.class.getResource("/css/samspill.css").toExternalForm());
            row.setStyle("-fx-padding: 10; -fx-background-color: -color-bg-default;");
            row.getChildren().setAll(icon, glyph);
            row.applyCss();
            row.layout();
            Image image = row.snapshot(null, null);
            return new Drawn(image, icon.getBoundsInParent(), glyph.getBoundsInParent());
        }).get();
    }

    /** One snapshot of the row; the icon and the outline each in their own 18 px square of it. */
    private record Drawn(Image image, Bounds icon, Bounds glyph) {

        /** How far each pixel is from the background, 0 to 1. */
        private double ink(Bounds square, int dx, int dy) {
            PixelReader pixels = image.getPixelReader();
            Color background = pixels.getColor(1, 1);
            Color c = pixels.getColor((int) Math.round(square.getMinX()) + dx, (int) Math.round(square.getMinY()) + dy);
            return (Math.abs(c.getRed() - background.getRed()) + Math.abs(c.getGreen() - background.getGreen())
                    + Math.abs(c.getBlue() - background.getBlue())) / 3;
        }

        /** Of the pixels that are inked (half or more) in either, the share inked in both. */
        double inkOverlap() {
            double strongest = 0;
            for (int y = 0; y < 18; y++) {
                for (int x = 0; x < 18; x++) {
                    strongest = Math.max(strongest, Math.max(ink(icon, x, y), ink(glyph, x, y)));
                }
            }
            int either = 0;
            int both = 0;
            for (int y = 0; y < 18; y++) {
                for (int x = 0; x < 18; x++) {
                    boolean a = ink(icon, x, y) >= strongest / 2;
                    boolean b = ink(glyph, x, y) >= strongest / 2;
                    either += a || b ? 1 : 0;
                    both += a && b ? 1 : 0;
                }
            }
            return both / (double) either;
        }

        Color strongestInk(Bounds square) {
            PixelReader pixels = image.getPixelReader();
            Color most = pixels.getColor(1, 1);
            double inkMost = 0;
            for (int y = 0; y < 18; y++) {
                for (int x = 0; x < 18; x++) {
                    double ink = ink(square, x, y);
                    if (ink > inkMost) {
                        inkMost = ink;
                        most = pixels.getColor((int) Math.round(square.getMinX()) + x, (int) Math.round(square.getMinY()) + y);
                    }
                }
            }
            return most;
        }
    }
}
