package no.samspill.ui.common;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Combo boxes over enums and pick lists show the translated label, never the constant. */
public final class EnumCells {

    private EnumCells() {
    }

    public static <E extends Enum<E>> void labels(ComboBox<E> combo, Class<E> type, I18n i18n) {
        combo.getItems().setAll(type.getEnumConstants());
        combo.setConverter(display(i18n::label));
        wrapChosen(combo);
    }

    /**
     * The chosen item's text wraps over lines when the field is narrower than the text (a long
     * programme name at a large text size), instead of being cut to "Rekruttering gjenno…".
     */
    public static <T> void wrapChosen(ComboBox<T> combo) {
        ListCell<T> cell = new ListCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && item == null && combo.getPromptText() != null && !combo.getPromptText().isEmpty() ? combo.getPromptText()
                        : combo.getConverter().toString(item));
            }
        };
        combo.setButtonCell(cell);
        // The box asks its cell for a height without a width, which is one line; wrapped, it needs its lines.
        InvalidationListener fit = o -> {
            double width = cell.getWidth();
            double lines = width > 0 ? cell.prefHeight(width) : 0;
            double height = lines > cell.prefHeight(-1) + 1 ? lines + combo.snappedTopInset() + combo.snappedBottomInset() : Region.USE_COMPUTED_SIZE;
            if (height != combo.getMinHeight()) {
                combo.setMinHeight(height);
                combo.setPrefHeight(height);
            }
        };
        cell.widthProperty().addListener(fit);
        cell.textProperty().addListener(fit);
    }

    /** Shows each item as {@code label} gives it (nothing for none); the text is never read back. */
    public static <T> StringConverter<T> display(Function<T, String> label) {
        return display(label, "");
    }

    /** As above, with {@code none} for the empty choice (a filter's "all"). */
    public static <T> StringConverter<T> display(Function<T, String> label, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
