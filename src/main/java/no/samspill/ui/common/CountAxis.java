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

    private CountAxis() {
    }

    public static void wholeNumbers(NumberAxis axis, I18n i18n) {
        Numbers numbers = new Numbers(i18n.language().locale());
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double d = n.doubleValue();
                return d != Math.rint(d) ? "" : numbers.grouped(BigDecimal.valueOf((long) d), 0);
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
