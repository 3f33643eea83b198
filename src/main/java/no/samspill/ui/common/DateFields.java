package no.samspill.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Norwegian dates (31.12.2026) in every date field. Text that is not a date is reported through
 * {@code unreadable} instead of being silently dropped, so the form can say so beside the field.
 */
public final class DateFields {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateFields() {
    }

    public static void install(DatePicker picker, BooleanProperty unreadable) {
        picker.setPromptText("dd.mm.åååå");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : FORMAT.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    unreadable.set(false);
                    return null;
                }
                try {
                    LocalDate date = LocalDate.parse(text.strip(), INPUT);
                    unreadable.set(false);
                    return date;
                } catch (DateTimeParseException e) {
                    unreadable.set(true);
                    return null;
                }
            }
        });
        // Commit typed text when focus leaves, not only on Enter, so Save sees what the user sees.
        picker.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
            }
        });
    }

    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
