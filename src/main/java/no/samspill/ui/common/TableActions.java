package no.samspill.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The same keys and clicks on every list: Enter or double-click opens the row, Delete deletes it. */
public final class TableActions {

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
