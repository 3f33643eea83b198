package no.samspill.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns that show a record's value the way the rest of the app does (dates as dd.mm.åååå, enums translated). */
public final class Columns {

    private Columns() {
    }

    public static <S, T> void value(TableColumn<S, T> column, Function<S, T> getter) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(getter.apply(c.getValue())));
    }

    public static <S> void date(TableColumn<S, LocalDate> column, Function<S, LocalDate> getter) {
        value(column, getter);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : DateFields.format(item));
            }
        });
    }

    /** A number as the user's language writes it, with {@code decimals} decimals ("1,5" in Norwegian). */
    public static <S> void decimal(TableColumn<S, BigDecimal> column, Function<S, BigDecimal> getter, I18n i18n, int decimals) {
        value(column, getter);
        Numbers numbers = new Numbers(i18n.language().locale());
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : numbers.grouped(item, decimals));
            }
        });
    }

    public static <S, E extends Enum<E>> void label(TableColumn<S, E> column, Function<S, E> getter, I18n i18n) {
        value(column, getter);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : i18n.label(item));
            }
        });
    }

    public static <S> void yesNo(TableColumn<S, Boolean> column, Function<S, Boolean> getter, I18n i18n) {
        value(column, getter);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get(item ? "common.yes" : "common.no"));
            }
        });
    }
}
