package no.samspill.ui.reporting;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import no.samspill.ui.common.TextSize;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.samspill.evaluation.GrantReport;
import no.samspill.evaluation.GrantReportLabels;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Scrolling;
import no.samspill.ui.common.Numbers;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draws the report's lines, a section heading and then one row per figure: its label, its value as
 * the language writes it, and a button that copies the value as a form field wants it.
 */
final class FigureLines {

    private final I18n i18n;
    private final Numbers numbers;
    private final String lang;
    private final Consumer<String> copied;

    FigureLines(I18n i18n, Consumer<String> copied) {
        this.i18n = i18n;
        this.numbers = new Numbers(i18n.language().locale());
        this.lang = i18n.language().locale().getLanguage();
        this.copied = copied;
    }

    void draw(VBox box, List<GrantReport.Line> lines) {
        box.getChildren().clear();
        GridPane grid = null;
        String section = null;
        int row = 0;
        for (GrantReport.Line line : lines) {
            if (!line.section().equals(section)) {
                section = line.section();
                Label heading = new Label(GrantReportLabels.section(section).in(lang));
                heading.getStyleClass().add("title-4");
                grid = grid();
                box.getChildren().addAll(heading, grid);
                row = 0;
            }
            String label = line.label().in(lang);
            Label name = new Label(label);
            name.setWrapText(true);
            Label value = new Label(shown(line));
            value.getStyleClass().add("text-bold");
            value.setMinWidth(Region.USE_PREF_SIZE);
            Button copy = new Button(null, new FontIcon("mdal-content_copy"));
            copy.getStyleClass().addAll("flat", "button-icon");
            copy.setId("copy-" + line.key());
            copy.setTooltip(new Tooltip(i18n.get("reporting.copy")));
            copy.setAccessibleText(i18n.format("reporting.copy.accessible", label));
            String text = pasted(line);
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(text);
                Clipboard.getSystemClipboard().setContent(content);
                copied.accept(i18n.format("reporting.copied", label, text));
            });
            name.setLabelFor(copy);
            copy.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    Scrolling.scrollTo(copy);
                }
            });
            grid.addRow(row++, name, value, copy);
            GridPane.setHalignment(value, HPos.RIGHT);
        }
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        // As wide as the widest figure, which is never cut ("1 000 000 kr" at 200 %); the names wrap instead.
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(TextSize.px(110));
        value.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(label, value, new ColumnConstraints());
        return grid;
    }

    private String shown(GrantReport.Line line) {
        return switch (line.unit()) {
            case COUNT -> numbers.grouped(line.value(), 0);
            case FTE -> numbers.grouped(line.value(), 2);
            case KRONER -> numbers.grouped(line.value(), 0) + " kr";
            case YES_NO -> i18n.get(line.value().signum() > 0 ? "common.yes" : "common.no");
        };
    }

    /** What a copy puts on the clipboard: the bare number, no groups, no unit. */
    static String pasted(GrantReport.Line line, Numbers numbers, I18n i18n) {
        return switch (line.unit()) {
            case COUNT, KRONER -> numbers.plain(line.value(), 0);
            case FTE -> numbers.plain(line.value(), 2);
            case YES_NO -> i18n.get(line.value().signum() > 0 ? "common.yes" : "common.no");
        };
    }

    private String pasted(GrantReport.Line line) {
        return pasted(line, numbers, i18n);
    }
}
