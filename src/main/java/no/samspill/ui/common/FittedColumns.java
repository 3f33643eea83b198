package no.samspill.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * A table's column policy: every shown column is at least as wide as its header and the values it
 * holds (measured through the column's own cells, so dates and labels are measured as written), and
 * when the table is too narrow for all of them, columns step aside from the right until the rest fit,
 * never the first. The room left over goes to the last column, as with the toolkit's flex-last policy.
 * Used in every list through FXML ({@code <columnResizePolicy><FittedColumns/></columnResizePolicy>}).
 */
public final class FittedColumns extends ConstrainedColumnResizeBase implements Callback<TableView.ResizeFeatures, Boolean> {

    /** Rows measured per column: enough for what a person scrolls through, bounded for 100,000 rows. */
    private static final int SAMPLE = 300;
    /** Room for the sort arrow beside a header's text. */
    private static final double SORT_ARROW = 18;
    private static final String WATCHED = FittedColumns.class.getName();
    /** Showing or hiding a column asks the policy again at once; that inner call only resizes. */
    private static final String FITTING = WATCHED + ".fitting";
    private static final String MEASURED = WATCHED + ".measured";
    private static final String STALE = WATCHED + ".stale";
    /** The widest a column of long text gets before it wraps, in the font's sizes (about 40 letters). */
    private static final double WIDEST_EM = 22;

    @Override
    public Boolean call(TableView.ResizeFeatures features) {
        TableView<?> table = features.getTable();
        if (features.getColumn() == null && table.getWidth() > 0) {
            watch(table);
            fitOnce(table);
        }
        return TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN.call(features);
    }

    /** New rows or another font can change what the columns need; the table lays out again. */
    private static void watch(TableView<?> table) {
        if (table.getProperties().containsKey(WATCHED)) {
            return;
        }
        table.getProperties().put(WATCHED, Boolean.TRUE);
        ListChangeListener<Object> rows = change -> Platform.runLater(() -> refit(table));
        table.getProperties().put(STALE, Boolean.TRUE);
        table.getItems().addListener(rows);
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(rows);
            }
            if (now != null) {
                now.addListener(rows);
            }
            Platform.runLater(() -> refit(table));
        });
    }

    private static void refit(TableView<?> table) {
        table.getProperties().put(STALE, Boolean.TRUE);
        fitOnce(table);
        table.requestLayout();
    }

    private static void fitOnce(TableView<?> table) {
        if (table.getProperties().containsKey(FITTING)) {
            return;
        }
        table.getProperties().put(FITTING, Boolean.TRUE);
        try {
            fit(table);
        } finally {
            table.getProperties().remove(FITTING);
        }
    }

    private static <S> void fit(TableView<S> table) {
        List<TableColumn<S, ?>> columns = table.getColumns();
        if (columns.isEmpty()) {
            return;
        }
        Labeled sample = sampleCell(table);
        Font font = sample == null ? Font.getDefault() : sample.getFont();
        double padding = sample == null ? 16 : sample.snappedLeftInset() + sample.snappedRightInset();
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBarWidth(table);
        List<Double> needs = new ArrayList<>();
        // Values are measured again only when the rows changed; a resize reuses what was measured.
        boolean stale = table.getProperties().remove(STALE) != null;
        for (TableColumn<S, ?> column : columns) {
            needs.add(need(table, column, font, headerFont(table, font), padding, stale));
        }
        double cap = font.getSize() * WIDEST_EM;
        double used = 0;
        int shown = 0;
        for (int i = 0; i < columns.size(); i++) {
            double least = Math.min(needs.get(i), cap);
            if (i > 0 && used + least > room) {
                break;
            }
            used += least;
            shown++;
        }
        double spare = Math.max(0, room - used);
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<S, ?> column = columns.get(i);
            if (column.isVisible() != i < shown) {
                column.setVisible(i < shown);
            }
            if (i >= shown) {
                continue;
            }
            double width = needs.get(i);
            if (width > cap) {
                wrap(column, padding);
                double extra = Math.min(spare, width - cap);
                spare -= extra;
                width = cap + extra;
            }
            double least = Math.min(width, Math.max(room, 10));
            if (Math.abs(column.getMinWidth() - least) > 0.5) {
                column.setMinWidth(least);
            }
        }
    }

    /**
     * A column of long free text (a topic, a list of parties) wraps within its cells rather than
     * pushing every other column out; the cell keeps its text for screen readers and shows it through
     * a wrapping text node, which is what makes the row as tall as the text.
     */
    private static <S, T> void wrap(TableColumn<S, T> column, double padding) {
        if (column.getProperties().containsKey(WATCHED)) {
            return;
        }
        column.getProperties().put(WATCHED, Boolean.TRUE);
        Callback<TableColumn<S, T>, TableCell<S, T>> original = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<S, T> cell = original.call(c);
            Text text = new Text();
            text.textProperty().bind(cell.textProperty());
            text.fillProperty().bind(cell.textFillProperty());
            text.fontProperty().bind(cell.fontProperty());
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(padding + 2));
            cell.setGraphic(text);
            // A plain cell clears its graphic with each new value; the text node must stay, or the cell shows nothing.
            cell.graphicProperty().addListener((obs, was, now) -> {
                if (now == null) {
                    cell.setGraphic(text);
                }
            });
            cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            return cell;
        });
        // Cells made before the change keep the old factory until the table makes new ones.
        TableView<S> table = column.getTableView();
        if (table != null) {
            Platform.runLater(table::refresh);
        }
    }

    /**
     * A hidden column's cells come out empty, so what it needs is measured while it shows and kept;
     * until it has shown once, its header is what it needs.
     */
    private static <S> double need(TableView<S> table, TableColumn<S, ?> column, Font font, Font headerFont, double padding,
                                   boolean stale) {
        double header = TextWidths.of(column.getText(), headerFont) + padding + SORT_ARROW;
        Object kept = column.getProperties().get(MEASURED);
        if (!column.isVisible() || (!stale && kept != null)) {
            return Math.max(header, kept instanceof Double d ? d : 0);
        }
        double widest = 0;
        Callback<TableColumn<S, ?>, TableCell<S, ?>> factory = cellFactory(column);
        if (factory != null) {
            TableCell<S, ?> cell = factory.call(column);
            TableRow<S> row = new TableRow<>();
            row.updateTableView(table);
            cell.updateTableView(table);
            cell.updateTableColumn(cellColumn(column));
            cell.updateTableRow(row);
            int rows = Math.min(SAMPLE, table.getItems().size());
            for (int i = 0; i < rows; i++) {
                row.updateIndex(i);
                cell.updateIndex(i);
                widest = Math.max(widest, TextWidths.of(cell.getText(), font) + padding);
            }
            cell.updateIndex(-1);
            row.updateIndex(-1);
        }
        double content = Math.ceil(widest) + 2;
        column.getProperties().put(MEASURED, content);
        return Math.max(header, content);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S> Callback<TableColumn<S, ?>, TableCell<S, ?>> cellFactory(TableColumn<S, ?> column) {
        return (Callback) column.getCellFactory();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S> TableColumn cellColumn(TableColumn<S, ?> column) {
        return column;
    }

    private static Labeled sampleCell(TableView<?> table) {
        Labeled cell = firstLabeled(table, ".table-cell");
        return cell != null ? cell : firstLabeled(table, ".column-header .label");
    }

    /** Headers are set in bold by the theme; measured in their own font, a long one is not cut. */
    private static Font headerFont(TableView<?> table, Font cells) {
        Labeled header = firstLabeled(table, ".column-header .label");
        return header != null ? header.getFont() : Font.font(cells.getFamily(), javafx.scene.text.FontWeight.BOLD, cells.getSize());
    }

    private static Labeled firstLabeled(TableView<?> table, String selector) {
        return table.lookupAll(selector).stream().filter(Labeled.class::isInstance).map(Labeled.class::cast).findFirst().orElse(null);
    }

    private static double scrollBarWidth(TableView<?> table) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                return bar.isVisible() ? bar.getWidth() : 0;
            }
        }
        return 0;
    }
}
