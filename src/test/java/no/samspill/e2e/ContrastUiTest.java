package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import no.samspill.ui.shell.Section;
import org.kordamp.ikonli.javafx.FontIcon;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text contrast measured on the rendered pixels, not on the style sheet: for each piece of text on
 * each screen, in the light and the dark theme, the most common colour in its box is taken as the
 * background and the pixel that differs most from it as the ink, and WCAG's ratio between them must
 * be at least 4.5:1 (3:1 for large text). Disabled controls are exempt, as WCAG exempts them.
 */
class ContrastUiTest extends AppUiTest {

    @Test
    void everyScreensTextStandsOutInBothThemes() throws Exception {
        List<String> findings = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            WaitForAsyncUtils.asyncFx(() -> ((no.samspill.SamspillApp) app).applyTheme(dark)).get();
            for (Section section : Section.values()) {
                open(section.name().toLowerCase(Locale.ROOT));
                WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents(5);
                Scene scene = node("#nav-overview").getScene();
                String where = (dark ? "dark " : "light ") + section;
                findings.addAll(WaitForAsyncUtils.asyncFx(() -> check(scene, where)).get());
            }
        }
        List<String> distinct = findings.stream().distinct().toList();
        assertEquals(List.of(), distinct, distinct.size() + " texts below the contrast floor:\n" + String.join("\n", distinct));
    }

    private static List<String> check(Scene scene, String where) {
        WritableImage shot = scene.snapshot(null);
        List<Text> texts = new ArrayList<>();
        collect(scene.getRoot(), texts);
        List<String> out = new ArrayList<>();
        for (Text text : texts) {
            Bounds b = text.localToScene(text.getBoundsInLocal());
            if (!wholeInView(text, b)) {
                continue;
            }
            int x0 = (int) Math.max(0, Math.floor(b.getMinX()));
            int y0 = (int) Math.max(0, Math.floor(b.getMinY()));
            int x1 = (int) Math.min(shot.getWidth(), Math.ceil(b.getMaxX()));
            int y1 = (int) Math.min(shot.getHeight(), Math.ceil(b.getMaxY()));
            if (x1 - x0 < 4 || y1 - y0 < 4) {
                continue;
            }
            double ratio = ratio(shot.getPixelReader(), x0, y0, x1, y1);
            boolean bold = text.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold");
            double size = text.getFont().getSize();
            // An icon is a glyph of an icon font, judged as a graphic (WCAG 1.4.11): 3:1.
            boolean icon = text instanceof FontIcon;
            double floor = icon || size >= 24 || (bold && size >= 18.66) ? 3.0 : 4.5;
            if (ratio < floor) {
                String what = icon ? "icon " + ((FontIcon) text).getIconCode().getDescription() : "«" + text.getText().strip() + "»";
                out.add(String.format(Locale.ROOT, "%s: %s %.2f:1 (needs %.1f)", where, what, ratio, floor));
            }
        }
        return out;
    }

    /**
     * A row scrolled half out of a list is cut by the list's clip, so its box holds other pixels;
     * it is judged when it is scrolled into view, not here.
     */
    private static boolean wholeInView(Text text, Bounds b) {
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                if (b.getMinY() < clip.getMinY() - 1 || b.getMaxY() > clip.getMaxY() + 1
                        || b.getMinX() < clip.getMinX() - 1 || b.getMaxX() > clip.getMaxX() + 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void collect(Node node, List<Text> into) {
        if (!node.isVisible() || node.isDisabled() || node.getOpacity() < 0.99) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            into.add(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    /** Background: the most common colour in the box; ink: the colour (seen at least twice) farthest from it. */
    static double ratio(PixelReader pixels, int x0, int y0, int x1, int y1) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                counts.merge(pixels.getArgb(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int background = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double lb = luminance(background);
        double best = 1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 2) {
                double li = luminance(e.getKey());
                best = Math.max(best, (Math.max(lb, li) + 0.05) / (Math.min(lb, li) + 0.05));
            }
        }
        return best;
    }

    static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
