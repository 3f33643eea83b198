package no.samspill.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Combo boxes over enums and pick lists show the translated label, never the constant. */
public final class EnumCells {

    private EnumCells() {
    }

    public static <E extends Enum<E>> void labels(ComboBox<E> combo, Class<E> type, I18n i18n) {
        combo.getItems().setAll(type.getEnumConstants());
        combo.setConverter(display(i18n::label));
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
