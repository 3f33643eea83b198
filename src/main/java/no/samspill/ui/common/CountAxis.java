package no.samspill.ui.common;

import java.math.BigDecimal;
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
}
