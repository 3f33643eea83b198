package no.samspill.importing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which column holds which field: guessed from the headers, changed by the user. A column holds one field at most. */
public final class ColumnMapping {

    private final Map<Field, Integer> columns = new EnumMap<>(Field.class);

    /** The guess: each field takes the first header that spells it, in the file's order. */
    public static ColumnMapping guess(List<String> headers) {
        ColumnMapping m = new ColumnMapping();
        for (int i = 0; i < headers.size(); i++) {
            for (Field f : Field.values()) {
                if (f.matches(headers.get(i)) && !m.columns.containsKey(f)) {
                    m.columns.put(f, i);
                    break;
                }
            }
        }
        return m;
    }

    /** Puts {@code field} in {@code column}, or takes it out with null; a column another field had is freed. */
    public void set(Field field, Integer column) {
        if (column == null) {
            columns.remove(field);
            return;
        }
        columns.values().removeIf(c -> c.equals(column));
        columns.put(field, column);
    }

    public Optional<Integer> column(Field field) {
        return Optional.ofNullable(columns.get(field));
    }

    public Map<Field, Integer> asMap() {
        return Collections.unmodifiableMap(columns);
    }

    /** The name comes from one column, or from first and last name together. */
    public boolean hasName() {
        return columns.containsKey(Field.FULL_NAME) || columns.containsKey(Field.FIRST_NAME) && columns.containsKey(Field.LAST_NAME);
    }
}
