package no.samspill.importing;

import java.util.List;

/**
 * What is wrong with one row: its number in the file, the field (an i18n key for its label), the
 * message key and its arguments. The arguments are the file's own words where the message names
 * them ("unknown status word «sluta»"), never a person's name.
 */
public record RowProblem(int row, String fieldKey, String messageKey, List<String> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    static RowProblem of(int row, Field field, String messageKey, String... args) {
        return new RowProblem(row, "import.field." + field.name(), messageKey, List.of(args));
    }
}
