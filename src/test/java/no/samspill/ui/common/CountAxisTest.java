package no.samspill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a horizontal count axis, neighbouring numbers stand clearly further apart than the space that
 * groups a number's thousands, so "10 000 12 500" cannot be read as one number. Measured on the laid
 * out chart, as JavaFX placed the labels: the space between two labels' ink (each label's text without
 * its padding, measured apart in the same font) against the font's size, at several widths and maxima.
 */
@ExtendWith(ApplicationExtension.class)
class CountAxisTest {

    private Stage stage;
    private final StackPane pane = new StackPane();

    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setScene(new Scene(pane, 1300, 400));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    @Test
    void neighbouringNumbersStandFurtherApartThanTheSpaceInsideANumber() throws Exception {
        for (int width : new int[] {380, 560, 800, 1250}) {
            for (long max : new long[] {950, 9_000, 22_500, 95_000, 1_250_000}) {
                double ems = smallestGapInEms(width, max);
                assertTrue(ems >= 1, "at " + width + " px up to " + max + ", two labels stand " + ems + " em apart");
            }
        }
    }

    @Test
    void aVerticalAxisIsNotPadded() throws Exception {
        NumberAxis axis = WaitForAsyncUtils.asyncFx(() -> {
            BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
            CountAxis.wholeNumbers((NumberAxis) chart.getYAxis(), new I18n(Language.DEFAULT));
            return (NumberAxis) chart.getYAxis();
        }).get();
        String label = axis.getTickLabelFormatter().toString(12_500);
        assertEquals(label.strip(), label, "stacked labels keep to the right of their ticks: " + label);
        assertEquals("12500", label.replaceAll("\\D", ""));
    }

    private double smallestGapInEms(int width, long max) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            NumberAxis x = new NumberAxis();
            BarChart<Number, String> chart = new BarChart<>(x, new CategoryAxis());
            CountAxis.wholeNumbers(x, new I18n(Language.DEFAULT));
            chart.setAnimated(false);
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.getData().add(new XYChart.Data<>(max, "Henvist"));
            series.getData().add(new XYChart.Data<>(max / 4, "Fagbrev"));
            chart.getData().add(series);
            chart.setMinWidth(width);
            chart.setMaxWidth(width);
            pane.getChildren().setAll(chart);
            pane.applyCss();
            pane.layout();
            List<Text> labels = new ArrayList<>();
            x.lookupAll("Text").forEach(n -> {
                Text t = (Text) n;
                if (t.isVisible() && !t.getText().isBlank()) {
                    labels.add(t);
                }
            });
            labels.sort(Comparator.comparingDouble(t -> t.getBoundsInParent().getCenterX()));
            assertTrue(labels.size() >= 2, "the axis shows labels: " + labels.size());
            double smallest = Double.MAX_VALUE;
            for (int i = 1; i < labels.size(); i++) {
                Text a = labels.get(i - 1);
                Text b = labels.get(i);
                double centres = b.getBoundsInParent().getCenterX() - a.getBoundsInParent().getCenterX();
                smallest = Math.min(smallest, centres - (ink(a) + ink(b)) / 2);
            }
            return smallest / labels.get(0).getFont().getSize();
        }).get();
    }

    private static double ink(Text label) {
        Text bare = new Text(label.getText().strip());
        bare.setFont(label.getFont());
        return bare.getLayoutBounds().getWidth();
    }
}
