package no.samspill.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.Observable;

/**
 * The fields of one record being edited, with their checks and the rules across fields. A form
 * is owned by a ViewModel, which builds the domain record from it; {@link FormDialog} only shows
 * it. Every change re-checks every field, so a rule over two fields follows both.
 */
public final class Form {

    private final List<FormField<?>> fields = new ArrayList<>();
    private final List<Runnable> rules = new ArrayList<>();
    private final List<Runnable> notices = new ArrayList<>();

    public <T> FormField<T> field(T initial, Function<T, Optional<String>> check) {
        FormField<T> f = new FormField<>(initial, check);
        fields.add(f);
        f.valueProperty().addListener(x -> validate());
        f.unreadableProperty().addListener(x -> validate());
        return f;
    }

    /** A field any value of which is fine. */
    public <T> FormField<T> field(T initial) {
        return field(initial, v -> Optional.empty());
    }

    /** A field that must have a value. */
    public <T> FormField<T> required(T initial) {
        return field(initial, v -> v == null ? Optional.of("validation.required") : Optional.empty());
    }

    /** A rule over several fields; its message shows beside {@code field} when the field's own check passes. */
    public void rule(FormField<?> field, Supplier<Optional<String>> check) {
        rules.add(() -> {
            if (field.messageProperty().get() == null) {
                field.messageProperty().set(check.get().orElse(null));
            }
        });
        validate();
    }

    /** A notice beside {@code field}: shown, never blocking, while {@code check} gives one. */
    public void notice(FormField<?> field, Supplier<Optional<String>> check) {
        notices.add(() -> field.noticeProperty().set(check.get().orElse(null)));
        validate();
    }

    public void validate() {
        fields.forEach(FormField::validate);
        rules.forEach(Runnable::run);
        notices.forEach(Runnable::run);
    }

    public boolean valid() {
        validate();
        return fields.stream().allMatch(f -> f.messageProperty().get() == null);
    }

    public boolean dirty() {
        return fields.stream().anyMatch(FormField::dirty);
    }

    /** True while any field has a message: what keeps Save disabled. */
    public BooleanBinding invalidProperty() {
        return Bindings.createBooleanBinding(() -> fields.stream().anyMatch(f -> f.messageProperty().get() != null),
                fields.stream().map(FormField::messageProperty).toArray(Observable[]::new));
    }
}
