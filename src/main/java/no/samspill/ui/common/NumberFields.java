package no.samspill.ui.common;

import java.math.BigDecimal;
import javafx.scene.control.TextField;

/** The text fields behind {@link FormDialog}'s numbers: the field holds null, and says so, while the text is not a number. */
final class NumberFields {

    private NumberFields() {
    }

    static TextField whole(FormField<Integer> field) {
        TextField input = new TextField(field.value() == null ? "" : field.value().toString());
        input.setMaxWidth(140);
        field.unreadableKey("validation.number");
        input.textProperty().addListener((obs, old, text) -> {
            Long whole = Numbers.parseWhole(text, 9);
            field.set(whole == null ? null : whole.intValue());
            field.unreadableProperty().set(!text.isBlank() && whole == null);
        });
        return input;
    }

    static TextField decimal(FormField<BigDecimal> field, int decimals, Numbers numbers) {
        TextField input = new TextField(field.value() == null ? "" : numbers.plain(field.value(), decimals));
        input.setMaxWidth(140);
        field.unreadableKey("validation.decimal");
        input.textProperty().addListener((obs, old, text) -> {
            field.set(Numbers.parseDecimal(text, decimals));
            field.unreadableProperty().set(!text.isBlank() && field.value() == null);
        });
        return input;
    }
}
