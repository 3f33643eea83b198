package no.samspill.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import no.samspill.evaluation.Evaluation;
import no.samspill.evaluation.Indicator;
import no.samspill.evaluation.Protection;
import no.samspill.evaluation.IndicatorResult;
import no.samspill.evaluation.ProtectedTable;
import no.samspill.ui.common.CountAxis;
import no.samspill.ui.common.I18n;
import java.text.NumberFormat;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** Draws the preview as the report shows it: per indicator a table with marks for what is not published, and bars; the protection in words. */
final class IndicatorPreview {

    private final I18n i18n;

    IndicatorPreview(I18n i18n) {
        this.i18n = i18n;
    }

    /** One indicator as the preview shows it: name, definition, a note when only sums are shown, the table, and bars for a single column. */
    List<Node> section(IndicatorResult r, String lang, int year) {
        List<Node> out = new ArrayList<>();
        Label name = new Label(r.indicator().name().in(lang));
        name.getStyleClass().add("title-4");
        out.add(name);
        out.add(wrapped(r.indicator().definition().in(lang)));
        out.getLast().getStyleClass().add("text-muted");
        if (r.current().marginsOnly()) {
            out.add(wrapped(i18n.get("evaluation.marginsOnly")));
        }
        out.add(grid(r, lang, year));
        if (r.current().width() == 1 && r.current().rows().size() > 1) {
            out.add(chart(r, lang));
        }
        return out;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    GridPane grid(IndicatorResult r, String lang, int year) {
        Indicator ind = r.indicator();
        ProtectedTable t = r.current();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(2);
        grid.getStyleClass().add("indicator-table");
        for (int c = 0; c < t.width(); c++) {
            grid.add(header(ind.columnLabel(t.columnCode(c)).in(lang)), c + 1, 0);
        }
        int extra = t.width() + 1;
        if (ind.share() != null) {
            grid.add(header(ind.share().label().in(lang)), extra++, 0);
        }
        // Always a column for last year, so "no data then" (a dash) is not mistaken for zero.
        grid.add(header(i18n.format("evaluation.previousYear", Integer.toString(year - 1))), extra, 0);
        for (int row = 0; row < t.height(); row++) {
            grid.add(wrapping(ind.rowLabel(t.rowCode(row)).in(lang)), 0, row + 1);
            for (int c = 0; c < t.width(); c++) {
                grid.add(cell(t, row, c), c + 1, row + 1);
            }
            int col = t.width() + 1;
            if (ind.share() != null) {
                Double share = row < t.rows().size() ? r.share(t, row) : null;
                grid.add(row < t.rows().size() ? (share == null ? cell(null) : number(String.format(i18n.language().locale(), "%.1f %%", share))) : new Label(), col++, row + 1);
            }
            grid.add(r.previous() == null ? noData(year - 1) : cell(r.previous().cell(row, r.previous().width() - 1)), col, row + 1);
        }
        return grid;
    }

    /** The same bars as the report: published values only; a suppressed row shows no bar. */
    BarChart<Number, String> chart(IndicatorResult r, String lang) {
        NumberAxis x = new NumberAxis();
        CountAxis.wholeNumbers(x, i18n);
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(40 + 26 * r.current().rows().size());
        chart.setMaxWidth(640);
        chart.setAccessibleText(r.indicator().name().in(lang));
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (int row = r.current().rows().size() - 1; row >= 0; row--) {
            Long v = r.current().cell(row, 0);
            String label = r.indicator().rowLabel(r.current().rowCode(row)).in(lang) + (v == null ? "  *" : "");
            series.getData().add(new XYChart.Data<>(v == null ? 0 : v, label));
        }
        chart.getData().add(series);
        return chart;
    }

    /** In plain words: what the chosen method does to these tables, and what it costs. */
    String protection(Evaluation.Result result) {
        Protection p = result.protection();
        int t = result.threshold().minimum();
        if (p.method() == Protection.Method.ROUNDING) {
            return i18n.format("evaluation.method.rounding.summary", t - 1, t, p.maxError(), p.loss().hidden(), p.loss().nonZero());
        }
        String share = NumberFormat.getPercentInstance(i18n.language().locale()).format(p.loss().share());
        return i18n.format("evaluation.method.suppression.summary", p.loss().hidden(), p.loss().nonZero(), share, t - 1);
    }

    private static Label header(String text) {
        Label l = wrapping(text);
        l.getStyleClass().add("text-bold");
        l.setTextAlignment(TextAlignment.RIGHT);
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }

    /**
     * A heading that breaks between words rather than being cut when a wide table meets large text;
     * it never gets narrower than its longest word, measured in the font the style sheet gives it.
     */
    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.fontProperty().subscribe(font -> l.setMinWidth(Math.ceil(longestWord(text, font)) + 2));
        return l;
    }

    private static double longestWord(String text, Font font) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            Text measure = new Text(word);
            measure.setFont(font);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private Label cell(ProtectedTable t, int row, int c) {
        return switch (t.state(row, c)) {
            case PUBLISHED -> number(NumberFormat.getIntegerInstance(i18n.language().locale()).format(t.cell(row, c)));
            case RANGE -> number(t.range(row, c).text());
            case MARGIN_ONLY -> mark(".", "evaluation.marginOnly");
            case SUPPRESSED -> mark("*", "evaluation.suppressed");
        };
    }

    private Label cell(Long value) {
        return value == null ? mark("*", "evaluation.suppressed") : number(NumberFormat.getIntegerInstance(i18n.language().locale()).format(value));
    }

    private Label noData(int year) {
        Label l = markText("–", i18n.format("evaluation.previousYear.none", Integer.toString(year)));
        l.getStyleClass().setAll("label", "text-muted");
        return l;
    }

    private Label mark(String text, String key) {
        return markText(text, i18n.get(key));
    }

    private Label markText(String text, String explanation) {
        Label l = new Label(text);
        l.getStyleClass().add("suppressed-cell");
        l.setTooltip(new Tooltip(explanation));
        l.setAccessibleText(explanation);
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }

    private static Label number(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }
}
