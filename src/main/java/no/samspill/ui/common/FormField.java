package no.samspill.ui.common;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of a {@link Form}: its value, the value it started with, and the i18n key of what is
 * wrong with it (null when nothing is). Plain JavaFX properties, so a form can be tested without a
 * toolkit. A control that cannot read what was typed (a date in the wrong format) sets
 * {@link #unreadableProperty()} and names the message with {@link #unreadableKey(String)}.
 */
public final class FormField<T> {

    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty notice = new SimpleStringProperty();
    private final BooleanProperty unreadable = new SimpleBooleanProperty();
    private final Function<T, Optional<String>> check;
    private final T initial;
    private String unreadableKey;

    FormField(T initial, Function<T, Optional<String>> check) {
        this.initial = initial;
        this.check = check;
        value.set(initial);
    }

    public T value() {
        return value.get();
    }

    public void set(T v) {
        value.set(v);
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    /** The i18n key of the field's message, or null. */
    public StringProperty messageProperty() {
        return message;
    }

    /**
     * The i18n key of something worth a second look that does not stop the save (a period that
     * overlaps another of the same kind), or null. Shown where the message would be, when there is none.
     */
    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty unreadableProperty() {
        return unreadable;
    }

    public void unreadableKey(String key) {
        this.unreadableKey = key;
    }

    public boolean dirty() {
        return !Objects.equals(initial, value.get());
    }

    /** True when the field's own check lets it be empty (an optional pick offers "none"). */
    public boolean acceptsNone() {
        try {
            return check.apply(null).isEmpty();
        } catch (NullPointerException e) {
            // A check written for values only cannot take "none", so the field is not optional.
            return false;
        }
    }

    /** The field's own check; a cross-field rule of the form may add a message afterwards. */
    void validate() {
        message.set(unreadable.get() && unreadableKey != null ? unreadableKey : check.apply(value.get()).orElse(null));
    }
}
