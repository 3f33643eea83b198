package no.samspill.ui.common;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The same keys, clicks and marks on every list: Enter or double-click opens the row, Delete deletes it, red is overdue. */
public final class TableActions {

    public static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private TableActions() {
    }

    public static <T> void install(TableView<T> table, Consumer<T> open, Consumer<T> delete) {
        table.setRowFactory(tv -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                open.accept(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && delete != null) {
                delete.accept(selected);
                e.consume();
            }
        });
    }

    /** Marks the rows {@code when} holds for with the CSS pseudo-class {@code overdue}, the one red of every list. */
    public static <T> void markOverdue(TableView<T> table, Predicate<T> when) {
        var rows = table.getRowFactory();
        table.setRowFactory(tv -> {
            TableRow<T> row = rows == null ? new TableRow<>() : rows.call(tv);
            row.itemProperty().addListener((obs, old, item) -> row.pseudoClassStateChanged(OVERDUE, item != null && when.test(item)));
            return row;
        });
    }

    public static <T> void install(ListView<T> list, Consumer<T> open) {
        list.setOnMouseClicked(e -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected != null) {
                open.accept(selected);
            }
        });
        list.setOnKeyPressed(e -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                e.consume();
            }
        });
    }
}
