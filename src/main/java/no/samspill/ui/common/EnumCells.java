package no.samspill.ui.common;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Combo boxes over enums and pick lists show the translated label, never the constant. */
public final class EnumCells {

    private EnumCells() {
    }

    public static <E extends Enum<E>> void labels(ComboBox<E> combo, Class<E> type, I18n i18n) {
        combo.getItems().setAll(type.getEnumConstants());
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return i18n.label(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
    }
}
