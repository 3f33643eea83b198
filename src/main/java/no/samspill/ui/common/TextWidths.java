package no.samspill.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How wide a text is in a font, remembered per font (FX thread only). The candidate search refits its
 * columns after every keystroke, 300 rows in six columns, and the same names, years and labels come
 * back: laying each out as text again was 40 % of the FX thread's time while typing at 100,000 candidates.
 */
final class TextWidths {

    private static final Map<Font, Map<String, Double>> KNOWN = new HashMap<>();
    private static final int MOST_PER_FONT = 20_000;
    private static final Text MEASURE = new Text();

    private TextWidths() {
    }

    static double of(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Map<String, Double> known = KNOWN.computeIfAbsent(font, f -> new HashMap<>());
        Double width = known.get(text);
        if (width == null) {
            if (known.size() >= MOST_PER_FONT) {
                known.clear();
            }
            MEASURE.setFont(font);
            MEASURE.setText(text);
            width = MEASURE.getLayoutBounds().getWidth();
            known.put(text, width);
        }
        return width;
    }
}
