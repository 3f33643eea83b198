package no.samspill.ui.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * A chart axis that counts people: whole numbers only, written as the user's language writes them
 * ("25 000"), so an axis never shows half a person or "0.00".
 */
public final class CountAxis {

    /**
     * Around each label of a horizontal axis. JavaFX's NumberAxis picks its tick unit so that
     * neighbouring labels keep 6 px apart, about one space: with thousands grouped by a space,
     * "10 000 12 500" read as one number. The axis measures the label as formatted, so this widens the
     * gap it keeps (to about 6 px plus an em); vertical axes stack their labels and need none.
     */
    static final String HORIZONTAL_PAD = "\u2002";

    private CountAxis() {
    }

    public static void wholeNumbers(NumberAxis axis, I18n i18n) {
        Numbers numbers = new Numbers(i18n.language().locale());
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double d = n.doubleValue();
                if (d != Math.rint(d)) {
                    return "";
                }
                String count = numbers.grouped(BigDecimal.valueOf((long) d), 0);
                return axis.getSide() != null && axis.getSide().isHorizontal() ? HORIZONTAL_PAD + count + HORIZONTAL_PAD : count;
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
    }

    /** A chart's text alternative: its title and each bar's name and count, as a screen reader reads a table. */
    public static String inWords(String title, List<Map.Entry<String, Number>> bars, I18n i18n) {
        Numbers numbers = new Numbers(i18n.language().locale());
        return title + ": " + bars.stream()
                .map(b -> b.getKey() + " " + numbers.grouped(BigDecimal.valueOf(b.getValue().longValue()), 0))
                .collect(Collectors.joining(", ")) + ".";
    }
}
